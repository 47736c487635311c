using System.Buffers;
using System.Text;
using BriefBuilder.Layout.Drawing;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;
using BriefBuilder.Layout.Layout;

namespace BriefBuilder.Layout.Text;

/// <summary>Turns a broken line into drawing operations: aligns it, groups units into runs of one face and style
/// (one run per word when justified), shows a used soft hyphen, underlines, and makes link areas.</summary>
internal sealed class TextLinePainter(ShapedText text, ParagraphStyle style, StructNode? structure)
{
    // A link that runs to the end of the line painted last: its element, its style and where the next line starts. A
    // link wrapped onto the next line stays one Link element, with an annotation per line.
    private (StructNode? Link, ushort Style, int NextStart)? _carried;

    // Likewise a run in another language than the paragraph's that runs to the end of the line: its Span element.
    private (StructNode Span, int NextStart)? _carriedSpan;

    /// <summary>Adds the line's height, ascent and descent from the sizes and faces on it.</summary>
    public static TextLine WithMetrics(ShapedText text, double lineHeight, TextLine line)
    {
        double ascent = 0, descent = 0, size = 0;
        for (var i = line.Start; i < Math.Max(line.End, Math.Min(line.Start + 1, text.Units.Length)); i++)
        {
            var unit = text.Units[i];
            var run = text.Styles[unit.Style];
            var face = text.PrintingFaceOf(unit);
            size = Math.Max(size, run.Style.Size);
            ascent = Math.Max(ascent, face.Ascent * run.Style.Size);
            descent = Math.Max(descent, face.Descent * run.Style.Size);
        }

        if (size == 0)
        {
            var run = text.Styles.Count > 0 ? text.Styles[0] : null;
            size = run?.Style.Size ?? TextStyle.Body.Size;
            ascent = (run?.Chain.Primary.Ascent ?? 0.8) * size;
            descent = (run?.Chain.Primary.Descent ?? 0.2) * size;
        }

        return line with { Ascent = ascent, Descent = descent, Height = Math.Max(size * lineHeight, ascent + descent) };
    }

    public string TextOf(TextLine line)
    {
        var builder = new StringBuilder();
        for (var i = line.Start; i < line.End; i++)
        {
            var unit = text.Units[i];
            if (unit.Kind is UnitKind.Glyph or UnitKind.Space)
            {
                builder.Append(text.Text, unit.Start, unit.Length);
            }
        }

        if (line.Hyphenated)
        {
            builder.Append('-');
        }

        return builder.ToString();
    }

    public void Paint(PageCanvas canvas, TextLine line, double x, double top, double width)
    {
        if (canvas.Dry)
        {
            return;
        }

        var room = width - line.Indent;
        var justify = style.Alignment == TextAlignment.Justify && !line.Last;
        var offset = style.Alignment switch
        {
            TextAlignment.Center => (room - line.Width) / 2,
            TextAlignment.Right => room - line.Width,
            _ => 0,
        };
        var stretch = justify ? JustifyStretch(line, room) : 0;
        var baseline = top + ((line.Height - line.Ascent - line.Descent) / 2) + line.Ascent;
        // A line has at most a run per unit; the runs' array is borrowed, as lines are painted by the hundred thousand.
        var runs = ArrayPool<Run>.Shared.Rent(line.End - line.Start);
        var count = Runs(line, x + line.Indent + Math.Max(0, offset), stretch, runs);
        PaintRuns(canvas, runs.AsSpan(0, count), line, top, baseline);
        ArrayPool<Run>.Shared.Return(runs, clearArray: true);
        if (canvas.WantsBoxes)
        {
            canvas.Box("Line", x + line.Indent + Math.Max(0, offset), top, line.Width + (stretch * CountSpaces(line)), line.Height, TextOf(line));
        }
    }

    private double JustifyStretch(TextLine line, double room)
    {
        var spaces = CountSpaces(line);
        return spaces == 0 ? 0 : Math.Max(0, room - line.Width) / spaces;
    }

    private int CountSpaces(TextLine line)
    {
        var count = 0;
        for (var i = line.Start; i < line.End; i++)
        {
            if (text.Units[i].Kind == UnitKind.Space)
            {
                count++;
            }
        }

        return count;
    }

    // Fills runs from the line's units; returns how many there are.
    private int Runs(TextLine line, double x, double stretch, Run[] runs)
    {
        var count = 0;
        var open = false;
        var gathered = new RunText(text.Text);
        for (var i = line.Start; i < line.End; i++)
        {
            var unit = text.Units[i];
            var hyphen = unit.Kind == UnitKind.SoftHyphen && line.Hyphenated && i == line.End - 1;
            if (unit.Kind is not (UnitKind.Glyph or UnitKind.Space) && !hyphen)
            {
                continue;
            }

            var face = text.PrintingFaceOf(unit);
            var width = hyphen ? LineBreaker.HyphenWidth(text, unit) : unit.Width;
            // Justified lines draw each word at its own place; the stretched space stays at the end of the word before it.
            var startsWord = stretch > 0 && i > line.Start && text.Units[i - 1].Kind == UnitKind.Space;
            if (!open || runs[count].Style != unit.Style || runs[count].Face != face || startsWord && unit.Kind != UnitKind.Space)
            {
                if (open)
                {
                    Close(runs, ref count, ref gathered);
                }

                runs[count] = new Run(unit.Style, face, x);
                open = true;
            }

            if (hyphen)
            {
                gathered.Add('-');
            }
            else
            {
                gathered.Add(unit.Start, unit.Length);
            }

            runs[count].BreakHyphen = hyphen;
            runs[count].Width += width;
            x += width + (unit.Kind == UnitKind.Space ? stretch : 0);
        }

        if (!open)
        {
            return count;
        }

        // A line that ends at a space keeps one (invisible) space, so text extracted from the page or the structure
        // tree does not run the last word of a line into the first of the next.
        if (!line.Hyphenated && line.End < text.Units.Length && text.Units[line.End].Kind == UnitKind.Space)
        {
            gathered.Add(' ');
        }

        Close(runs, ref count, ref gathered);
        return count;
    }

    // Ends the run being gathered; it is kept unless it shows nothing.
    private static void Close(Run[] runs, ref int count, ref RunText gathered)
    {
        runs[count].Text = gathered.Take();
        if (!runs[count].Text.Span.IsWhiteSpace())
        {
            count++;
        }
    }

    private void PaintRuns(PageCanvas canvas, ReadOnlySpan<Run> runs, TextLine line, double top, double baseline)
    {
        var height = line.Height;
        var carried = _carried is { } open && open.NextStart == line.Start ? open : ((StructNode? Link, ushort Style, int NextStart)?)null;
        _carried = null;
        var span = _carriedSpan is { } openSpan && openSpan.NextStart == line.Start ? openSpan.Span : null;
        _carriedSpan = null;
        StructNode? link = null;
        LinkTarget? linkTarget = null;
        for (var r = 0; r < runs.Length; r++)
        {
            var run = runs[r];
            var styled = text.Styles[run.Style];
            var language = Foreign(styled.Style.Language);
            if (language is null || span?.Language != language)
            {
                // Consecutive runs in one other language (a name in bold, then its role) are one Span.
                span = language is null ? null : StructNode.Under(structure, "Span", language: language);
            }

            if (styled.Link is null)
            {
                link = null;
                linkTarget = null;
            }
            else if (!ReferenceEquals(styled.Link, linkTarget))
            {
                // One link area per line for each run of text with the same target.
                var last = r;
                while (last + 1 < runs.Length && ReferenceEquals(text.Styles[runs[last + 1].Style].Link, styled.Link))
                {
                    last++;
                }

                linkTarget = styled.Link;
                link = r == 0 && carried is { } from && from.Style == run.Style ? from.Link : StructNode.Under(structure, "Link", language: language);
                var right = runs[last].X + runs[last].Width;
                var label = run.Text.ToString();
                for (var next = r + 1; next <= last; next++)
                {
                    label = string.Concat(label, runs[next].Text.Span);
                }

                canvas.Add(new LinkOp(link, run.X, top, right - run.X, height, styled.Link, label));
            }

            var owner = link ?? span ?? structure;
            canvas.Add(new TextOp(owner, run.X, baseline - styled.Rise, run.Text, run.Face, styled.Size, styled.Style.Color, BreakHyphen: run.BreakHyphen));
            if (styled.Style.Underline)
            {
                var y = baseline + (styled.Size * 0.12);
                canvas.Add(new LineOp(null, run.X, y, run.X + run.Width, y, new Stroke(styled.Style.Color, Math.Max(0.4, styled.Size * 0.05))));
            }
        }

        if (link is not null && runs.Length > 0)
        {
            _carried = (link, runs[^1].Style, line.Next);
        }

        if (span is not null && runs.Length > 0)
        {
            _carriedSpan = (span, line.Next);
        }
    }

    // A run's language when it is not the paragraph's own (null for the same or none).
    private string? Foreign(string? language) =>
        language is null || string.Equals(language, style.Language, StringComparison.OrdinalIgnoreCase) ? null : language;

    private struct Run(ushort style, FontFace face, double x)
    {
        public readonly ushort Style = style;

        public readonly FontFace Face = face;

        public readonly double X = x;

        public double Width;

        public ReadOnlyMemory<char> Text;

        /// <summary>True when the run ends with the hyphen of a line broken at a soft hyphen.</summary>
        public bool BreakHyphen;
    }
}
