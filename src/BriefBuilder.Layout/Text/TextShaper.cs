using System.Globalization;
using System.Text;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout.Text;

/// <summary>Turns spans into units: picks each character's face from the style's fallback chain, measures it,
/// and classifies it for line breaking. Characters no face has are an error or, if asked, a visible replacement.
/// Clusters are a base character with the marks and joiners that follow it (UAX #29, simplified).</summary>
internal static class TextShaper
{
    private const int Replacement = 0xFFFD;

    /// <param name="maxCharacters">The most characters a paragraph may have; past it a
    /// <see cref="LayoutLimitException"/> stops the layout before anything is shaped.</param>
    /// <param name="buffers">Where the units and the builder of the printed text are borrowed from (the text gives its
    /// units back when let go), or null to allocate them.</param>
    public static ShapedText Shape(IReadOnlyList<Span> spans, ITextMeasurer measurer, MissingGlyphPolicy policy, Action<LayoutWarning> warn,
        int maxCharacters = int.MaxValue, ShapingBuffers? buffers = null)
    {
        // Indexed, not foreach: enumerating the interface boxes an enumerator, twice for every paragraph shaped.
        var capacity = 0L;
        for (var i = 0; i < spans.Count; i++)
        {
            capacity += spans[i].Text.Length;
        }

        var origin = new OpeningWords(spans);
        if (capacity > maxCharacters)
        {
            throw new LayoutLimitException(
                string.Create(CultureInfo.InvariantCulture, $"A paragraph of {capacity:N0} characters, the text beginning \"{origin}\", is longer than a layout takes"),
                LayoutLimits.ParagraphCharactersName,
                maxCharacters);
        }

        // A unit takes at least one UTF-16 code unit of the source and prints no more than it takes, so the source's
        // length bounds both the units and the printed characters.
        var text = buffers?.TakeCharacters((int)capacity) ?? new char[capacity];
        var length = 0;
        var units = buffers?.RentUnits((int)capacity) ?? new TextUnit[capacity];
        var count = 0;
        var (styles, faces) = buffers?.TakeNumbers() ?? (new StyleNumbers(), new FaceNumbers());
        styles.Begin(measurer, warn, origin);
        faces.Begin();
        var warnedRightToLeft = false;
        var joined = false;
        for (var index = 0; index < spans.Count; index++)
        {
            var span = spans[index];
            var (style, styleIndex) = styles.NumberOf(span);
            var source = span.Text;
            for (var i = 0; i < source.Length;)
            {
                int c = source[i];

                // Printable ASCII, most of any text, is a glyph or a breaking space of the style's first face that has it.
                if (c is >= 0x20 and < 0x7F && style.Chain.Choose(c) is ({ } asciiFace, var asciiAdvance))
                {
                    units[count++] = Unit(c == ' ' ? UnitKind.Space : UnitKind.Glyph, styleIndex, asciiAdvance * style.Size, faces.NumberOf(asciiFace), length, !joined);
                    text[length++] = (char)c;
                    joined = false;
                    i++;
                    continue;
                }

                if (char.IsHighSurrogate(source[i]) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
                {
                    c = char.ConvertToUtf32(source[i], source[i + 1]);
                }

                i += c > 0xFFFF ? 2 : 1;
                if (c == '\r' && i < source.Length && source[i] == '\n')
                {
                    continue; // CR LF is one line break.
                }

                if (!warnedRightToLeft && c >= 0x0590 && Scripts.IsRightToLeft(c))
                {
                    warnedRightToLeft = true;
                    warn(LayoutWarning.OfContent($"Right-to-left text is not supported yet: it is printed unshaped, in logical order, in the text beginning \"{origin}\"."));
                }

                var unit = Classify(c, style, styleIndex, policy, origin, warn, out var printed, out var face);
                unit.FaceNumber = faces.NumberOf(face);
                var category = c < 0x300 ? UnicodeCategory.OtherLetter : CharUnicodeInfo.GetUnicodeCategory(c);
                unit.ClusterStart = !joined && category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark)
                    && c is not (0x200D or (>= 0xFE00 and <= 0xFE0F));
                joined = c == 0x200D;
                unit.Start = length;
                length += new Rune(printed).EncodeToUtf16(text.AsSpan(length));
                unit.Length = length - unit.Start;
                units[count++] = unit;
            }
        }

        // Fewer units than source characters only where a CR LF or a surrogate pair made one: the rest is left unused.
        var shaped = units.AsSpan(0, count);
        var printedCharacters = text.AsSpan(0, length);
        MarkBreaksAfter(printedCharacters, shaped);
        Bonds.Mark(printedCharacters, shaped);
        // Most paragraphs print one span as it is (a table cell, a statement): its string serves, not a copy of it.
        var printedText = spans.Count == 1 && printedCharacters.SequenceEqual(spans[0].Text) ? spans[0].Text : new string(printedCharacters);
        var shapedText = new ShapedText(printedText, units, count, styles.Styles(), faces.Faces(), origin, buffers);
        buffers?.GiveBack(text);
        buffers?.GiveBack(styles, faces);
        return shapedText;
    }

    private static TextUnit Unit(UnitKind kind, ushort style, double width, byte face, int start, bool clusterStart)
    {
        var unit = new TextUnit { Kind = kind, Style = style, Width = width, FaceNumber = face, Start = start };
        unit.ClusterStart = clusterStart;
        return unit;
    }

    /// <summary>The opening words, without joining a long paragraph's spans into one more string.</summary>
    public static string FirstWords(IReadOnlyList<Span> spans)
    {
        var start = new StringBuilder();
        foreach (var span in spans)
        {
            start.Append(span.Text.AsSpan(0, Math.Min(span.Text.Length, 400 - start.Length)));
            if (start.Length >= 400)
            {
                break;
            }
        }

        var words = ShapedText.FirstWordsOf(start.ToString());
        var cut = start.Length >= 400 && spans.Sum(s => (long)s.Text.Length) > 400;
        return cut && !words.EndsWith(" …", StringComparison.Ordinal) ? words + " …" : words;
    }

    private static TextUnit Classify(int c, RunStyle style, ushort styleIndex, MissingGlyphPolicy policy, OpeningWords origin, Action<LayoutWarning> warn, out int printed, out FontFace? face)
    {
        var unit = new TextUnit { Style = styleIndex, Kind = UnitKind.Glyph };
        printed = c;
        face = null;
        if (c < 0x20 || c >= 0x7F)
        {
            if (Scripts.IsForcedBreak(c))
            {
                unit.Kind = UnitKind.ForcedBreak;
                printed = '\n';
                return unit;
            }

            switch (c)
            {
                case 0xAD:
                    unit.Kind = UnitKind.SoftHyphen;
                    face = style.Chain.FaceFor('-');
                    return unit;
                case 0x200B:
                    unit.Kind = UnitKind.ZeroWidthBreak;
                    return unit;
                case '\t':
                    c = ' ';
                    printed = ' ';
                    break;
            }

            if (Scripts.IsIgnorable(c))
            {
                unit.Kind = UnitKind.Ignorable;
                return unit;
            }
        }

        if (Scripts.IsBreakingSpace(c))
        {
            unit.Kind = UnitKind.Space;
        }

        var control = c < 0x20 || c is >= 0x7F and < 0xA0;
        double advance;
        (face, advance) = control || c is >= 0xD800 and <= 0xDFFF ? (null, 0) : style.Chain.Choose(c);
        if (face is null)
        {
            var name = control ? "a control character" : $"'{char.ConvertFromUtf32(c is >= 0xD800 and <= 0xDFFF ? Replacement : c)}'";
            if (policy == MissingGlyphPolicy.Error)
            {
                throw new MissingGlyphException(control ? "" : name.Trim('\''), c, style.Style.Family, origin.ToString());
            }

            var substitute = style.Chain.FaceFor(Replacement) is not null ? Replacement : '?';
            warn(LayoutWarning.OfContent($"No installed font can print {name} (U+{c:X4}) in family '{style.Style.Family}'; printed '{(char)substitute}' instead, in the text beginning \"{origin}\"."));
            printed = substitute;
            (face, advance) = style.Chain.Choose(substitute);
            face ??= style.Chain.Primary;
            unit.Kind = UnitKind.Glyph;
        }

        unit.Width = advance * style.Size;
        return unit;
    }

    // Break opportunities after printed characters (UAX #14, simplified): after a hyphen between letters, after U+2010
    // HYPHEN and the en and em dashes (not a hyphen or en dash between digits), and after a solidus not followed by a space.
    private static void MarkBreaksAfter(ReadOnlySpan<char> text, Span<TextUnit> span)
    {
        for (var i = 0; i + 1 < span.Length; i++)
        {
            ref var unit = ref span[i];
            if (unit.Kind != UnitKind.Glyph || unit.Length != 1)
            {
                continue;
            }

            var c = text[unit.Start];
            if (c is not ('-' or '\u2010' or '\u2013' or '\u2014' or '/'))
            {
                continue;
            }

            var next = span[i + 1];
            var nextIsWord = next.Kind == UnitKind.Glyph && char.IsLetterOrDigit(text[next.Start]);
            var previousIsWord = i > 0 && span[i - 1].Kind == UnitKind.Glyph && char.IsLetterOrDigit(text[span[i - 1].Start]);

            // A range or date between digits stays whole: "36–37", "2023-10" (CMOS 6.78: no break in a number range).
            var betweenDigits = c is '-' or '\u2013' && next.Kind == UnitKind.Glyph && char.IsDigit(text[next.Start])
                && i > 0 && span[i - 1].Kind == UnitKind.Glyph && char.IsDigit(text[span[i - 1].Start]);
            unit.BreakAfter = !betweenDigits && (c == '-' ? previousIsWord && nextIsWord : next.Kind == UnitKind.Glyph);
        }
    }
}
