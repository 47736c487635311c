namespace BriefBuilder.Layout.Text;

/// <summary>Lines for a title (<see cref="Elements.ParagraphStyle.Balance"/>): never after a hyphen inside a word
/// ("Nagorno-Karabakh"); when the text takes more than one line, after its first colon or semicolon (the strongest
/// break) if that costs no extra line; then at the narrowest measure that keeps the line count, so the lines come out
/// about equal instead of a full line over a short one.</summary>
internal static class BalancedBreaker
{
    private const int Halvings = 16;

    public static List<TextLine> Break(ShapedText text, double width)
    {
        var candidate = WithoutHyphenBreaks(text);
        var lines = LineBreaker.Break(candidate, width, width);
        if (lines.Count < 2)
        {
            return lines;
        }

        if (StrongBreak(text) is { } strong)
        {
            var units = candidate.Units.ToArray();
            units[strong].Kind = UnitKind.ForcedBreak;
            var forced = Copy(text, units);
            if (LineBreaker.Break(forced, width, width).Count <= lines.Count)
            {
                candidate = forced;
                lines = LineBreaker.Break(candidate, width, width);
            }
        }

        var count = lines.Count;
        var (narrow, wide) = (Math.Min(width, candidate.IntrinsicWidth.Min), width);
        for (var i = 0; i < Halvings; i++)
        {
            var middle = (narrow + wide) / 2;
            if (LineBreaker.Break(candidate, middle, middle).Count <= count)
            {
                wide = middle;
            }
            else
            {
                narrow = middle;
            }
        }

        return LineBreaker.Break(candidate, wide, wide);
    }

    private static ShapedText WithoutHyphenBreaks(ShapedText text)
    {
        var units = text.Units.ToArray();
        for (var i = 0; i < units.Length; i++)
        {
            if (units[i].BreakAfter && text.Text[units[i].Start] == '-')
            {
                units[i].BreakAfter = false;
            }
        }

        return Copy(text, units);
    }

    // The space after the first colon or semicolon that has text after it.
    private static int? StrongBreak(ShapedText text)
    {
        var units = text.Units;
        for (var i = 1; i + 1 < units.Length; i++)
        {
            if (units[i].Kind == UnitKind.Space && units[i - 1].Kind == UnitKind.Glyph && text.Text[units[i - 1].Start] is ':' or ';'
                && units[i + 1].Kind == UnitKind.Glyph)
            {
                return i;
            }
        }

        return null;
    }

    private static ShapedText Copy(ShapedText text, TextUnit[] units) => new(text.Text, units, text.Styles, text.Faces, text.Opening);
}
