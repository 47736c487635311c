using static BriefBuilder.Dossier.Tests.Dates.Edtf;

namespace BriefBuilder.Dossier.Tests.Dates;

/// <summary>Malformed and impossible dates: each failure names the problem and the 0-based position in the text as given.</summary>
public class ParseErrorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Empty_text_is_rejected(string text)
    {
        Assert.Equal(("the date is empty", 0), Invalid(text));
    }

    [Fact]
    public void Null_text_is_rejected_as_empty()
    {
        var result = BriefBuilder.Dates.DateValue.Parse(null!);

        Assert.Equal(("the date is empty", 0), (result.Error, result.Position));
    }

    [Theory]
    [InlineData("2023-02-30", "February 2023 has only 28 days", 8)]
    [InlineData("2023-02-29", "February 2023 has only 28 days", 8)]
    [InlineData("2024-02-30", "February 2024 has only 29 days", 8)]
    [InlineData("2023-04-31", "April 2023 has only 30 days", 8)]
    [InlineData("2023-10-00", "the day must be 01 to 31", 8)]
    [InlineData("2023-10-32", "the day must be 01 to 31", 8)]
    [InlineData("2023-13", "the month must be 01 to 12, or 21 to 24 for a season", 5)]
    [InlineData("2023-00-10", "the month must be 01 to 12, or 21 to 24 for a season", 5)]
    [InlineData("2023-20", "the month must be 01 to 12, or 21 to 24 for a season", 5)]
    [InlineData("2023-42", "the month must be 01 to 12, or 21 to 24 for a season", 5)]
    public void Impossible_dates_are_rejected_at_the_part_that_cannot_be(string text, string error, int position)
    {
        Assert.Equal((error, position), Invalid(text));
    }

    [Theory]
    [InlineData("202", "a date starts with a four-digit year", 3)]
    [InlineData("23-10-03", "a date starts with a four-digit year", 2)]
    [InlineData("2023-", "a month has two digits", 5)]
    [InlineData("2023-1", "a month has two digits", 6)]
    [InlineData("2023-1-05", "a month has two digits", 6)]
    [InlineData("2023-100", "a month has two digits", 7)]
    [InlineData("2023-10-3", "a day has two digits", 9)]
    [InlineData("2023-10-", "a day has two digits", 8)]
    [InlineData("2023-10-003", "a day has two digits", 10)]
    [InlineData("201x", "unspecified digits are written with a capital X", 3)]
    [InlineData("2023-1u", "unspecified digits are written with a capital X", 6)]
    [InlineData("2023??", "a date takes one qualifier: ? uncertain, ~ approximate or % both", 5)]
    [InlineData("2023?~", "a date takes one qualifier: ? uncertain, ~ approximate or % both", 5)]
    [InlineData("2023/2024/2025", "an interval has a single '/'", 9)]
    [InlineData("../1985/", "an interval has a single '/'", 7)]
    public void Malformed_text_is_rejected_where_it_goes_wrong(string text, string error, int position)
    {
        Assert.Equal((error, position), Invalid(text));
    }

    [Theory]
    [InlineData("October 2023", 'O', 0)]
    [InlineData("2023 10", ' ', 4)]
    [InlineData("2023.10", '.', 4)]
    [InlineData("2023-10-03abc", 'a', 10)]
    [InlineData("2023?x", 'x', 5)]
    [InlineData("2023-10-03t10:00:00", 't', 10)]
    [InlineData("2023 / 2024", ' ', 4)]
    public void An_unexpected_character_is_named_with_its_position(string text, char found, int position)
    {
        var (error, at) = Invalid(text);

        Assert.Equal(position, at);
        Assert.StartsWith($"unexpected '{found}'; expected ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invisible_character_is_named_by_its_code_point()
    {
        var (error, at) = Invalid("2023\u00a0-10");

        Assert.Equal(4, at);
        Assert.StartsWith("unexpected U+00A0", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Positions_count_from_the_text_as_given_including_leading_whitespace()
    {
        Assert.Equal(("the month must be 01 to 12, or 21 to 24 for a season", 7), Invalid("  2023-13 "));
    }
}
