using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Text;
using CsCheck;

namespace BriefBuilder.Layout.Tests.Text;

/// <summary>What shaping keeps of its source, whatever mix of scripts, line ends, tabs, marks, joiners and characters
/// outside the Basic Multilingual Plane it is given, and however the text is cut into spans of one style.</summary>
public sealed class TextShaperTests
{
    // Printable ASCII beside Latin-1, Armenian, Cyrillic, CR LF, a tab, a combining acute, a joiner, no-break and soft
    // hyphen, a line separator, and U+1D400 (a surrogate pair no installed face may have: replaced, with a warning).
    private static readonly Gen<string> Texts = Gen.OneOf(
            Gen.Char[" !\"#$%&'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz{|}~"].Select(c => c.ToString()),
            Gen.Const("é"), Gen.Const("Ա"), Gen.Const("ж"), Gen.Const("\r\n"), Gen.Const("\r"), Gen.Const("\n"), Gen.Const("\t"),
            Gen.Const("\u0301"), Gen.Const("\u200D"), Gen.Const("\u00A0"), Gen.Const("\u00AD"), Gen.Const("\u2028"), Gen.Const("\U0001D400"))
        .Array[0, 60].Select(parts => string.Concat(parts));

    [Fact]
    public void The_printed_text_is_the_source_with_line_ends_and_tabs_normalised_and_each_unit_covers_its_own_characters()
    {
        Texts.Sample(source =>
        {
            var shaped = Shaping.Shape(source, policy: MissingGlyphPolicy.Replace);
            var expected = source.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\t', ' ').Replace('\u2028', '\n');
            var replaced = shaped.Text.Replace("\uFFFD", "\U0001D400", StringComparison.Ordinal).Replace("?", "\U0001D400", StringComparison.Ordinal);
            Assert.Equal(expected.Replace("?", "\U0001D400", StringComparison.Ordinal), replaced);

            var next = 0;
            foreach (var unit in shaped.Units)
            {
                Assert.Equal(next, unit.Start);
                next += unit.Length;
                var printed = shaped.Text.Substring(unit.Start, unit.Length);
                Assert.Equal(printed == " " ? UnitKind.Space : printed == "\n" ? UnitKind.ForcedBreak : printed == "\u00AD" ? UnitKind.SoftHyphen
                    : printed == "\u200D" ? UnitKind.Ignorable : UnitKind.Glyph, unit.Kind);
                if (unit.Kind is UnitKind.Glyph or UnitKind.Space && printed != "\u0301")
                {
                    Assert.True(unit.Width > 0, $"'{printed}' has no width");
                }
            }

            Assert.Equal(shaped.Text.Length, next);
        });
    }

    [Fact]
    public void Cutting_a_text_into_spans_of_one_style_changes_none_of_its_units()
    {
        Gen.Select(Texts, Gen.Int[0, 60]).Sample((source, cut) =>
        {
            cut = Math.Min(cut, source.Length);
            if (cut > 0 && cut < source.Length && char.IsLowSurrogate(source[cut]))
            {
                cut--;
            }

            var whole = Shaping.Shape(source, policy: MissingGlyphPolicy.Replace);
            var style = TextStyle.Body;
            var cutInTwo = TextShaper.Shape([new Span(source[..cut], style), new Span(source[cut..], style with { })], Shaping.Measurer,
                MissingGlyphPolicy.Replace, _ => { });
            if (source.AsSpan(0, cut).EndsWith("\r") && source.AsSpan(cut).StartsWith("\n"))
            {
                return; // A CR LF cut in two is two line ends, as it is in the workbook's two cells.
            }

            Assert.Equal(whole.Text, cutInTwo.Text);
            Assert.Equal(whole.Units.ToArray(), cutInTwo.Units.ToArray());
        });
    }
}
