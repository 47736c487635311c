namespace BriefBuilder.Layout.Text;

/// <summary>Greedy first-fit line breaking at the break opportunities the shaper marked. Breaks of last resort (see
/// <see cref="Bonds"/>) are taken only when no other fits on the line; a word wider than the line even so is broken
/// between grapheme clusters; a single cluster wider than the line is the only thing that may overflow.</summary>
internal static class LineBreaker
{
    private const double Tolerance = 1e-6;

    /// <param name="firstWidth">Room on the first line (after a first-line indent).</param>
    /// <param name="otherWidth">Room on the other lines (after a hanging indent).</param>
    public static List<TextLine> Break(ShapedText text, double firstWidth, double otherWidth, double firstIndent = 0, double otherIndent = 0)
    {
        var lines = new List<TextLine>();
        Break(text, firstWidth, otherWidth, firstIndent, otherIndent, lines);
        return lines;
    }

    /// <summary>The lines <see cref="Break"/> makes, added to <paramref name="lines"/>.</summary>
    public static void BreakInto(List<TextLine> lines, ShapedText text, double firstWidth, double otherWidth, double firstIndent, double otherIndent) =>
        Break(text, firstWidth, otherWidth, firstIndent, otherIndent, lines);

    /// <summary>How many lines <see cref="Break"/> makes, without keeping them.</summary>
    public static int Count(ShapedText text, double firstWidth, double otherWidth) =>
        Break(text, firstWidth, otherWidth, 0, 0, null);

    private static int Break(ShapedText text, double firstWidth, double otherWidth, double firstIndent, double otherIndent, List<TextLine>? lines)
    {
        var units = text.Units;
        var count = 0;
        for (var start = 0; start < units.Length; count++)
        {
            var first = count == 0;
            var line = NextLine(text, start, first ? firstWidth : otherWidth, first ? firstIndent : otherIndent);
            lines?.Add(line);
            start = line.Next;
        }

        return count;
    }

    /// <summary>The width of the widest line when breaking for the given room (no lines kept): at 0 the longest word,
    /// at infinity the longest unbroken line.</summary>
    public static double WidestLine(ShapedText text, double room)
    {
        var widest = 0.0;
        var start = 0;
        while (start < text.Units.Length)
        {
            var line = NextLine(text, start, room, 0);
            widest = Math.Max(widest, line.Width);
            start = line.Next;
        }

        return widest;
    }

    /// <summary>The width of the widest run of text between break opportunities (a word, words joined by no-break spaces
    /// or bonds, "36–37"): the narrowest a line can be without breaking inside a word or taking a break of last resort.</summary>
    public static double WidestWord(ShapedText text)
    {
        var widest = 0.0;
        var word = 0.0;
        foreach (var unit in text.Units)
        {
            switch (unit.Kind)
            {
                case UnitKind.Space when unit.LastResort:
                    word += unit.Width;
                    continue;
                case UnitKind.Space or UnitKind.ForcedBreak or UnitKind.ZeroWidthBreak or UnitKind.SoftHyphen:
                    word = 0;
                    continue;
                case UnitKind.Ignorable:
                    continue;
            }

            word += unit.Width;
            widest = Math.Max(widest, word);
            if (unit.BreakAfter)
            {
                word = 0;
            }
        }

        return widest;
    }

    private static TextLine NextLine(ShapedText text, int start, double room, double indent)
    {
        var units = text.Units;
        var width = 0.0;          // printed width so far, spaces inside the line included
        var pendingSpaces = 0.0;  // spaces after the last printed unit: they hang if the line ends here
        var hasContent = false;
        var lastBreak = -1;       // the line may end with units [start, breakEnd)
        var breakEnd = 0;
        var breakNext = 0;
        var breakWidth = 0.0;
        var breakHyphen = false;
        (int End, int Next, double Width)? lastResort = null;
        for (var i = start; i < units.Length; i++)
        {
            var unit = units[i];
            switch (unit.Kind)
            {
                case UnitKind.ForcedBreak:
                    return new TextLine(start, EndBeforeSpaces(units, start, i), i + 1, width, indent, false, true);
                case UnitKind.Space:
                    pendingSpaces += unit.Width;
                    if (unit.LastResort && hasContent)
                    {
                        lastResort = (EndBeforeSpaces(units, start, i + 1), i + 1, width);
                    }
                    else if (i + 1 >= units.Length || units[i + 1].Kind != UnitKind.Space)
                    {
                        lastBreak = i;
                        breakEnd = EndBeforeSpaces(units, start, i + 1);
                        breakNext = i + 1;
                        breakWidth = width;
                        breakHyphen = false;
                    }

                    continue;
                case UnitKind.Ignorable:
                    continue;
                case UnitKind.SoftHyphen or UnitKind.ZeroWidthBreak when pendingSpaces > 0:
                    continue; // after a space it offers nothing the space did not
            }

            if (unit.LastResort && hasContent)
            {
                lastResort = (i, i + 1, width); // a no-break space that gives way: the line ends before it
            }

            var wanted = width + pendingSpaces + unit.Width;
            if (hasContent && wanted > room + Tolerance && (unit.Width > 0 || pendingSpaces > 0))
            {
                if (lastBreak >= 0)
                {
                    return new TextLine(start, breakEnd, breakNext, breakWidth, indent, breakHyphen, false);
                }

                if (lastResort is { } resort)
                {
                    return new TextLine(start, resort.End, resort.Next, resort.Width, indent, false, false);
                }

                var cut = ClusterBoundaryAtOrBefore(units, start, i);
                return new TextLine(start, cut, cut, WidthOf(units, start, cut), indent, false, false);
            }

            width = wanted;
            pendingSpaces = 0;
            hasContent |= unit.Kind == UnitKind.Glyph;
            if (unit.Kind == UnitKind.SoftHyphen)
            {
                var hyphen = HyphenWidth(text, unit);
                if (width + hyphen <= room + Tolerance)
                {
                    lastBreak = i;
                    breakEnd = i + 1;
                    breakNext = i + 1;
                    breakWidth = width + hyphen;
                    breakHyphen = true;
                }
            }
            else if (unit.Kind == UnitKind.ZeroWidthBreak || unit.BreakAfter)
            {
                lastBreak = i;
                breakEnd = i + 1;
                breakNext = i + 1;
                breakWidth = width;
                breakHyphen = false;
            }
        }

        return new TextLine(start, EndBeforeSpaces(units, start, units.Length), units.Length, width, indent, false, true);
    }

    public static double HyphenWidth(ShapedText text, TextUnit softHyphen) =>
        (text.FaceOf(softHyphen)?.Advance('-') ?? 0) * text.Styles[softHyphen.Style].Size;

    private static int EndBeforeSpaces(ReadOnlySpan<TextUnit> units, int start, int end)
    {
        while (end > start && units[end - 1].Kind is UnitKind.Space or UnitKind.Ignorable)
        {
            end--;
        }

        return end;
    }

    // Move back to the start of the cluster that holds unit `at`, so a base letter is never parted from its marks;
    // a line always keeps at least its first cluster.
    private static int ClusterBoundaryAtOrBefore(ReadOnlySpan<TextUnit> units, int start, int at)
    {
        var cut = at;
        while (cut > start && !units[cut].ClusterStart)
        {
            cut--;
        }

        if (cut == start)
        {
            cut = start + 1;
            while (cut < units.Length && !units[cut].ClusterStart)
            {
                cut++;
            }
        }

        return cut;
    }

    private static double WidthOf(ReadOnlySpan<TextUnit> units, int start, int end)
    {
        var width = 0.0;
        for (var i = start; i < end; i++)
        {
            width += units[i].Width;
        }

        return width;
    }
}
