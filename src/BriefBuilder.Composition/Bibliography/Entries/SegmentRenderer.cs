using BriefBuilder.Composition.Bibliography.Text;

namespace BriefBuilder.Composition.Bibliography.Entries;

/// <summary>
/// Flattens segments into runs: drops empty groups with their affixes, leaves out a delimiter before a piece
/// that brings its own separator, collapses meeting punctuation, writes the language's quotation marks, and
/// settles a period or comma after a closing quotation mark the language's way (inside it in American usage).
/// </summary>
internal sealed class SegmentRenderer
{
    private readonly QuotationMarks _marks;
    private readonly bool _punctuationInQuote;

    private SegmentRenderer(BibliographyLocale locale)
    {
        _marks = locale.Quotes;
        _punctuationInQuote = locale.Words.PunctuationInQuote;
    }

    public static FormattedEntry Render(Segment segment, BibliographyLocale locale) =>
        new(Merge(new SegmentRenderer(locale).RenderAt(segment, 0)));

    private List<EntryRun> RenderAt(Segment segment, int quoteDepth) => segment switch
    {
        TextSegment { Value.Length: 0 } => [],
        TextSegment { Url: not null } link => [new EntryRun(link.Value, false, link.Url)],
        TextSegment text => [new EntryRun(Typography.Curl(text.Value, quoteDepth, _marks), text.IsItalic)],
        QuotedSegment quoted => Quote(quoted, quoteDepth),
        GroupSegment group => RenderGroup(group, quoteDepth),
        _ => throw new ArgumentOutOfRangeException(nameof(segment), segment, "Unknown segment."),
    };

    private List<EntryRun> Quote(QuotedSegment quoted, int depth)
    {
        var inner = RenderAt(quoted.Inner, depth + 1);
        if (inner.Count == 0)
        {
            return inner;
        }

        var result = new List<EntryRun> { new(_marks.OpenAt(depth)) };
        Append(result, inner);
        result.Add(new EntryRun(_marks.CloseAt(depth)));
        return result;
    }

    private List<EntryRun> RenderGroup(GroupSegment group, int depth)
    {
        var result = new List<EntryRun>();
        foreach (var part in group.Parts)
        {
            var rendered = RenderAt(part, depth);
            if (rendered.Count == 0)
            {
                continue;
            }

            if (result.Count > 0 && group.Delimiter.Length > 0 && !Punctuation.StartsWithSeparator(rendered[0].Text))
            {
                Append(result, [new EntryRun(group.Delimiter)]);
            }

            Append(result, rendered);
        }

        if (result.Count == 0)
        {
            return result;
        }

        var affixed = new List<EntryRun>();
        if (group.Prefix.Length > 0)
        {
            affixed.Add(new EntryRun(group.Prefix));
        }

        Append(affixed, result);
        if (group.Suffix.Length > 0)
        {
            Append(affixed, [new EntryRun(group.Suffix)]);
        }

        return affixed;
    }

    // Joins `next` onto `runs`, settling the punctuation where they meet.
    private void Append(List<EntryRun> runs, List<EntryRun> next)
    {
        if (runs.Count > 0 && next.Count > 0 && next[0].Url is null && next[0].Text.Length > 0)
        {
            var last = runs[^1];
            var mark = next[0].Text[0];
            if (last.Url is null && last.Text.Length > 0 && char.IsPunctuation(mark))
            {
                var end = last.Text[^1];
                if (_marks.IsClosing(end) && Punctuation.MovesInsideQuotes(mark))
                {
                    if (SettleAfterQuote(runs, mark))
                    {
                        next = [next[0] with { Text = next[0].Text[1..] }, .. next.Skip(1)];
                    }
                }
                else
                {
                    switch (Punctuation.Meet(end, mark))
                    {
                        case PunctuationMeeting.KeepFirst:
                            next = [next[0] with { Text = next[0].Text[1..] }, .. next.Skip(1)];
                            break;
                        case PunctuationMeeting.KeepSecond:
                            runs[^1] = last with { Text = last.Text[..^1] };
                            break;
                    }
                }
            }
        }

        runs.AddRange(next.Where(r => r.Text.Length > 0));
    }

    // A period or comma after a closing quotation mark meets the quoted text's last mark first: "War?" absorbs it in
    // every language. Otherwise American usage moves it inside every closing mark, single and double alike (CMOS 6.9:
    // "Title."), and other languages leave it after the marks (the CSL locale's punctuation-in-quote="false": « Titre »).
    // Returns whether the mark was placed or absorbed, so that the caller drops it.
    private bool SettleAfterQuote(List<EntryRun> runs, char mark)
    {
        var (run, index) = (runs.Count - 1, runs[^1].Text.Length - 1);
        while (true)
        {
            var (previousRun, previousIndex) = Before(runs, run, index);
            if (previousRun < 0 || !_marks.IsClosing(runs[previousRun].Text[previousIndex]))
            {
                break;
            }

            (run, index) = (previousRun, previousIndex);
        }

        var (beforeRun, beforeIndex) = Before(runs, run, index);
        var before = beforeRun < 0 ? (char?)null : runs[beforeRun].Text[beforeIndex];
        var meeting = before is { } b && char.IsPunctuation(b) ? Punctuation.Meet(b, mark) : PunctuationMeeting.KeepBoth;
        if (meeting == PunctuationMeeting.KeepFirst)
        {
            return true;
        }

        if (!_punctuationInQuote)
        {
            return false;
        }

        switch (meeting)
        {
            case PunctuationMeeting.KeepSecond:
                runs[beforeRun] = runs[beforeRun] with { Text = runs[beforeRun].Text.Remove(beforeIndex, 1).Insert(beforeIndex, mark.ToString()) };
                return true;
            default:
                // The mark joins the text it follows, in that text's look, rather than the quotation mark's.
                if (beforeRun >= 0)
                {
                    runs[beforeRun] = runs[beforeRun] with { Text = runs[beforeRun].Text.Insert(beforeIndex + 1, mark.ToString()) };
                }
                else
                {
                    runs[run] = runs[run] with { Text = runs[run].Text.Insert(index, mark.ToString()) };
                }

                return true;
        }
    }

    // The character position just before (run, index), skipping empty runs; run is -1 at the start.
    private static (int Run, int Index) Before(List<EntryRun> runs, int run, int index)
    {
        if (index > 0)
        {
            return (run, index - 1);
        }

        for (var r = run - 1; r >= 0; r--)
        {
            if (runs[r].Text.Length > 0)
            {
                return (r, runs[r].Text.Length - 1);
            }
        }

        return (-1, -1);
    }

    private static List<EntryRun> Merge(List<EntryRun> runs)
    {
        var merged = new List<EntryRun>();
        foreach (var run in runs)
        {
            if (merged.Count > 0 && merged[^1].Italic == run.Italic && merged[^1].Url is null && run.Url is null)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
            }
            else
            {
                merged.Add(run);
            }
        }

        return merged;
    }
}
