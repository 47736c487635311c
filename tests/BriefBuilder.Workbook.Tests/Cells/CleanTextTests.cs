using BriefBuilder.Workbooks.Cells;

namespace BriefBuilder.Tests.Workbooks.Cells;

public sealed class CleanTextTests
{
    [Theory]
    [InlineData("Plain text, Ա, ελληνικά, 日本語 🙂", null)]
    [InlineData("Tabs\tand\nlines\r\nstay", null)]
    [InlineData("Joined a\u200db and apart c\u200cd", null)]
    [InlineData("Accents é and e\u0301 and thirty marks " + "x" + "\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301", null)]
    public void Text_that_prints_as_it_reads_is_left_as_it_is(string text, string? done)
    {
        var (cleaned, what) = CleanText.Of(text);

        Assert.Same(text, cleaned);
        Assert.Equal(done, what);
    }

    [Theory]
    [InlineData("Title \u001B]0;pwned\u0007 \u001B[2J", "Title ]0;pwned [2J", "removed 3 control characters")]
    [InlineData("Jana \u202EKavon\u202C Novak", "Jana Kavon Novak", "removed 2 direction overrides")]
    [InlineData("isolate \u2066x\u2069", "isolate x", "removed 2 direction overrides")]
    [InlineData("not text \uFFFE\uFDD0", "not text ", "removed 2 noncharacters")]
    [InlineData("C1 \u0085\u009B", "C1 ", "removed 2 control characters")]
    public void Characters_that_cannot_print_or_that_disguise_text_are_taken_out_and_counted(string text, string expected, string done)
    {
        var (cleaned, what) = CleanText.Of(text);

        Assert.Equal(expected, cleaned);
        Assert.Equal(done, what);
    }

    [Fact]
    public void Half_characters_are_replaced_with_the_replacement_character()
    {
        // Built here rather than in InlineData, whose serialization would replace the halves before the test sees them.
        var (cleaned, what) = CleanText.Of("low " + (char)0xDC00 + " then high " + (char)0xD83D);

        Assert.Equal("low \uFFFD then high \uFFFD", cleaned);
        Assert.Equal("replaced 2 unpaired surrogates (half a character) with U+FFFD", what);
    }

    [Fact]
    public void Combining_marks_past_thirty_in_a_row_are_dropped_and_the_first_thirty_kept()
    {
        var (cleaned, what) = CleanText.Of("Zalgo" + new string('\u0301', 500) + " text");

        Assert.Equal("Zalgo" + new string('\u0301', 30) + " text", cleaned);
        Assert.Equal("removed 470 combining marks past 30 in a row", what);
    }

    [Fact]
    public void Several_kinds_are_listed_together()
    {
        var (_, what) = CleanText.Of("\u001B\u202E" + (char)0xD800);

        Assert.Equal("removed 1 control character, removed 1 direction override, replaced 1 unpaired surrogate (half a character) with U+FFFD", what);
    }
}
