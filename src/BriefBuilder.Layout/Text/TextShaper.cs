using System.Globalization;
using System.Text;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;

namespace BriefBuilder.Layout.Text;

/// <summary>Turns spans into units: picks each character's face from the style's fallback chain, measures it,
/// and classifies it for line breaking. Characters no face has are an error or, if asked, a visible replacement.</summary>
internal static class TextShaper
{
    private const char Replacement = '\uFFFD';

    public static ShapedText Shape(IReadOnlyList<Span> spans, ITextMeasurer measurer, MissingGlyphPolicy policy, Action<string> warn)
    {
        var origin = ShapedText.FirstWordsOf(string.Concat(spans.Select(s => s.Text)));
        var text = new StringBuilder();
        var units = new List<TextUnit>();
        var styles = new List<RunStyle>();
        var warnedRightToLeft = false;
        foreach (var span in spans)
        {
            var style = RunStyle.From(span.Style, span.Link, measurer.ChainFor(span.Style));
            styles.Add(style);
            var source = span.Text;
            var element = 0;
            while (element < source.Length)
            {
                var length = StringInfo.GetNextTextElementLength(source, element);
                var clusterStart = true;
                for (var i = element; i < element + length;)
                {
                    var rune = Rune.GetRuneAt(source, i);
                    var next = i + rune.Utf16SequenceLength;
                    if (rune.Value == '\r' && next < source.Length && source[next] == '\n')
                    {
                        i = next; // CR LF is one line break.
                        continue;
                    }

                    if (!warnedRightToLeft && Scripts.IsRightToLeft(rune.Value))
                    {
                        warnedRightToLeft = true;
                        warn($"Right-to-left text is not supported yet: it is printed unshaped, in logical order, in the text beginning \"{origin}\".");
                    }

                    var unit = Classify(rune, style, styles.Count - 1, policy, origin, warn, out var printed);
                    unit.Start = text.Length;
                    unit.ClusterStart = clusterStart;
                    text.Append(printed);
                    unit.Length = (byte)(text.Length - unit.Start);
                    units.Add(unit);
                    clusterStart = false;
                    i = next;
                }

                element += length;
            }
        }

        MarkBreaksAfter(text, units);
        return new ShapedText(text.ToString(), [.. units], styles, origin);
    }

    private static TextUnit Classify(Rune rune, RunStyle style, int styleIndex, MissingGlyphPolicy policy, string origin, Action<string> warn, out string printed)
    {
        var c = rune.Value;
        var unit = new TextUnit { Style = (short)styleIndex, Kind = UnitKind.Glyph };
        printed = rune.ToString();
        if (Scripts.IsForcedBreak(c))
        {
            unit.Kind = UnitKind.ForcedBreak;
            printed = "\n";
            return unit;
        }

        if (c == 0xAD)
        {
            unit.Kind = UnitKind.SoftHyphen;
            unit.Face = style.Chain.FaceFor('-');
            return unit;
        }

        if (c == 0x200B)
        {
            unit.Kind = UnitKind.ZeroWidthBreak;
            return unit;
        }

        if (Scripts.IsIgnorable(c))
        {
            unit.Kind = UnitKind.Ignorable;
            return unit;
        }

        if (c == '\t')
        {
            c = ' ';
            printed = " ";
        }

        if (Scripts.IsBreakingSpace(c))
        {
            unit.Kind = UnitKind.Space;
        }

        var face = Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control ? null : style.Chain.FaceFor(c);
        if (face is null)
        {
            var name = Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control ? "a control character" : $"'{rune}'";
            if (policy == MissingGlyphPolicy.Error)
            {
                throw new MissingGlyphException(rune.ToString(), c, style.Style.Family, origin);
            }

            var substitute = style.Chain.FaceFor(Replacement) is not null ? Replacement : '?';
            warn($"No installed font can print {name} (U+{c:X4}) in family '{style.Style.Family}'; printed '{substitute}' instead, in the text beginning \"{origin}\".");
            c = substitute;
            printed = substitute.ToString();
            face = style.Chain.FaceFor(c) ?? style.Chain.Primary;
            unit.Kind = UnitKind.Glyph;
        }

        unit.Face = face;
        unit.Width = face.Advance(c) * style.Size;
        return unit;
    }

    // Break opportunities after printed characters (UAX #14, simplified): after a hyphen between letters or digits,
    // after U+2010 HYPHEN and the en and em dashes, and after a solidus that is not followed by a space.
    private static void MarkBreaksAfter(StringBuilder text, List<TextUnit> units)
    {
        for (var i = 0; i + 1 < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Kind != UnitKind.Glyph || unit.Length != 1)
            {
                continue;
            }

            var c = text[unit.Start];
            var next = units[i + 1];
            var nextIsWord = next.Kind == UnitKind.Glyph && next.Length >= 1 && char.IsLetterOrDigit(text[next.Start]);
            var previousIsWord = i > 0 && units[i - 1].Kind == UnitKind.Glyph && char.IsLetterOrDigit(text[units[i - 1].Start]);
            unit.BreakAfter = c switch
            {
                '-' => previousIsWord && nextIsWord,
                '\u2010' or '\u2013' or '\u2014' => next.Kind == UnitKind.Glyph,
                '/' => next.Kind == UnitKind.Glyph,
                _ => false,
            };
            units[i] = unit;
        }
    }
}
