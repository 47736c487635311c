using BriefBuilder.Layout.Text;
using CsCheck;

namespace BriefBuilder.Layout.Tests.Text;

public class LineBreakerTests
{
    // Letters, Armenian and Cyrillic, digits, breaking and no-break spaces, hyphens, slashes, a soft hyphen and a combining accent.
    private static readonly Gen<string> Texts = Gen.Char["abcdefghijklmnopqrstuvwxyz0123\u00A0 ԱաԲբЖжЯя  -/\u00AD\u0301WM."].Array[0, 160].Select(c => new string(c));

    [Fact]
    public void Every_unit_lands_on_exactly_one_line_in_order()
    {
        Gen.Select(Texts, Gen.Double[15, 400]).Sample((text, width) =>
        {
            var shaped = Shaping.Shape(text);
            var lines = Shaping.Break(shaped, width);
            var next = 0;
            foreach (var line in lines)
            {
                Assert.Equal(next, line.Start);
                Assert.True(line.End <= line.Next && line.Start <= line.End);
                for (var i = line.End; i < line.Next; i++)
                {
                    // Between lines: spaces, or a no-break space that gave way.
                    Assert.True(shaped.Units[i].Kind is UnitKind.Space or UnitKind.Ignorable or UnitKind.ForcedBreak || shaped.Units[i].LastResort);
                }

                next = line.Next;
            }

            Assert.Equal(shaped.Units.Length, next);
        });
    }

    [Fact]
    public void No_line_is_wider_than_its_box_unless_it_holds_a_single_cluster()
    {
        Gen.Select(Texts, Gen.Double[15, 400]).Sample((text, width) =>
        {
            var shaped = Shaping.Shape(text);
            foreach (var line in Shaping.Break(shaped, width))
            {
                var clusters = Enumerable.Range(line.Start, line.End - line.Start).Count(i => shaped.Units[i].ClusterStart);
                Assert.True(line.Width <= width + 1e-6 || clusters <= 1, $"line of {clusters} clusters is {line.Width} wide in {width}");
            }
        });
    }

    [Fact]
    public void Printed_lines_give_back_the_text_without_soft_hyphens_and_line_end_spaces()
    {
        static string Unspaced(string text) => text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        Gen.Select(Texts, Gen.Double[15, 400]).Sample((text, width) =>
        {
            var lines = Shaping.Lines(text, width);
            var printed = Unspaced(string.Concat(lines.Select(l => l.EndsWith('-') ? l[..^1] : l)));
            var expected = Unspaced(text.Replace("\u00AD", "", StringComparison.Ordinal));
            Assert.Equal(expected.Replace("-", "", StringComparison.Ordinal), printed.Replace("-", "", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Soft_hyphen_shows_only_where_the_line_breaks()
    {
        var lines = Shaping.Lines("Extra\u00ADordinary long\u00ADword", 60);
        Assert.Equal("Extra-", lines[0]);
        Assert.DoesNotContain(lines.Skip(1), l => l.Contains('-', StringComparison.Ordinal) && !l.EndsWith('-'));
        Assert.Equal("Extraordinary longword", string.Concat(Shaping.Lines("Extra\u00ADordinary long\u00ADword", 1000)));
    }

    [Fact]
    public void No_break_space_holds_two_words_together()
    {
        var lines = Shaping.Lines("aaaa bbbb 12\u00A0kg", 70);
        Assert.Contains(lines, l => l.Contains("12\u00A0kg", StringComparison.Ordinal));
    }

    [Fact]
    public void Word_wider_than_the_line_breaks_between_characters()
    {
        var lines = Shaping.Lines("Supercalifragilisticexpialidocious", 60);
        Assert.True(lines.Count > 1);
        Assert.Equal("Supercalifragilisticexpialidocious", string.Concat(lines));
    }

    [Fact]
    public void Address_breaks_after_a_slash()
    {
        var lines = Shaping.Lines("https://example.org/archive/statements/hearing", 120);
        Assert.True(lines.Count > 1);
        Assert.All(lines.SkipLast(1), l => Assert.EndsWith("/", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Line_may_end_after_a_hyphen_between_letters()
    {
        var lines = Shaping.Lines("well-known self-evident", 40);
        Assert.Equal("well-", lines[0]);
    }

    [Fact]
    public void Combining_accent_stays_with_its_letter_when_a_word_is_broken()
    {
        var text = string.Concat(Enumerable.Repeat("e\u0301", 30));
        var lines = Shaping.Lines(text, 50);
        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.False(l.StartsWith('\u0301'), "a line starts with a combining accent"));
    }

    [Fact]
    public void Line_feed_forces_a_break()
    {
        Assert.Equal(["one", "two"], Shaping.Lines("one\ntwo", 500));
    }
}
