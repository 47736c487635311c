namespace BriefBuilder.Composition.Bibliography.Entries;

/// <summary>
/// Flattens segments into runs: drops empty groups with their affixes, leaves out a delimiter before a piece
/// that brings its own separator, collapses meeting punctuation, and moves periods and commas inside closing
/// quotation marks.
/// </summary>
internal static class SegmentRenderer
{
    public static FormattedEntry Render(Segment segment) => new(Merge(RenderAt(segment, 0)));

    private static List<EntryRun> RenderAt(Segment segment, int quoteDepth) => segment switch
    {
        TextSegment { Value.Length: 0 } => [],
        TextSegment { Url: not null } link => [new EntryRun(link.Value, false, link.Url)],
        TextSegment text => [new EntryRun(Typography.Curl(text.Value, quoteDepth), text.IsItalic)],
        QuotedSegment quoted => Quote(quoted, quoteDepth),
        GroupSegment group => RenderGroup(group, quoteDepth),
        _ => throw new ArgumentOutOfRangeException(nameof(segment), segment, "Unknown segment."),
    };

    private static List<EntryRun> Quote(QuotedSegment quoted, int depth)
    {
        var inner = RenderAt(quoted.Inner, depth + 1);
        if (inner.Count == 0)
        {
            return inner;
        }

        var result = new List<EntryRun> { new(Typography.Open(depth).ToString()) };
        Append(result, inner);
        result.Add(new EntryRun(Typography.Close(depth).ToString()));
        return result;
    }

    private static List<EntryRun> RenderGroup(GroupSegment group, int depth)
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
    private static void Append(List<EntryRun> runs, List<EntryRun> next)
    {
        if (runs.Count > 0 && next.Count > 0 && next[0].Url is null && next[0].Text.Length > 0)
        {
            var last = runs[^1];
            var mark = next[0].Text[0];
            if (last.Url is null && last.Text.Length > 0 && char.IsPunctuation(mark))
            {
                var end = last.Text[^1];
                if (IsClosingQuote(end) && Punctuation.MovesInsideQuotes(mark))
                {
                    MoveInsideQuote(runs, mark);
                    next = [next[0] with { Text = next[0].Text[1..] }, .. next.Skip(1)];
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

    private static bool IsClosingQuote(char c) => c is Typography.CloseDouble or Typography.CloseSingle;

    // "Title" + "." becomes "Title." with the period inside, unless the title already ends in a mark that absorbs it.
    private static void MoveInsideQuote(List<EntryRun> runs, char mark)
    {
        var index = runs.Count - 1;
        var quoteRun = runs[index];
        var quote = quoteRun.Text[^1];
        var before = quoteRun.Text.Length > 1 ? quoteRun.Text[^2] : LastChar(runs, index - 1);
        var meeting = before is { } b && char.IsPunctuation(b) ? Punctuation.Meet(b, mark) : PunctuationMeeting.KeepBoth;
        if (meeting == PunctuationMeeting.KeepFirst)
        {
            return;
        }

        var quoteText = quoteRun.Text[..^1];
        if (quoteText.Length == 0 && index > 0)
        {
            // The quote mark is a run of its own; the mark joins the run before it, in that run's look.
            runs[index - 1] = Replace(runs[index - 1], meeting, mark);
            return;
        }

        runs[index] = quoteRun with { Text = Replace(quoteText, meeting, mark) + quote };
    }

    private static EntryRun Replace(EntryRun run, PunctuationMeeting meeting, char mark) =>
        run with { Text = Replace(run.Text, meeting, mark) };

    private static string Replace(string text, PunctuationMeeting meeting, char mark) =>
        meeting == PunctuationMeeting.KeepSecond ? text[..^1] + mark : text + mark;

    private static char? LastChar(List<EntryRun> runs, int index) =>
        index >= 0 && runs[index].Text.Length > 0 ? runs[index].Text[^1] : null;

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
