using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Localization;

namespace BriefBuilder.Composition.Tests.Bibliography;

public sealed class LocatorTests
{
    [Theory]
    [InlineData("p. 4", "en", "p. 4")]
    [InlineData("pp. 4–6", "en", "pp. 4–6")]
    [InlineData("paragr. 5", "en", "para. 5")]
    [InlineData("  p. 4 ", "en", "p. 4")]
    [InlineData("p. 4", "fr", "p. 4")]
    [InlineData("pp. 4–6", "fr", "p. 4–6")]
    [InlineData("para. 5", "fr", "paragr. 5")]
    [InlineData("paras. 5–6", "fr", "paragr. 5–6")]
    [InlineData("P. 12", "fr", "p. 12")]
    [InlineData("p.4", "hy", "էջ 4")]
    [InlineData("pp. 4–6", "hy", "էջ 4–6")]
    [InlineData("para. 5", "hy", "պարբ. 5")]
    public void A_page_or_paragraph_label_is_written_as_the_brief_s_language_writes_it(string locator, string language, string expected)
    {
        Assert.Equal(expected, Printed(Locator.InLanguage(locator, BriefLanguage.Get(language))));
    }

    [Theory]
    [InlineData("para. 6–7", "paras. 6–7")]
    [InlineData("para. 6-7", "paras. 6–7")]
    [InlineData("paras. 5", "para. 5")]
    [InlineData("pp. 4", "p. 4")]
    [InlineData("p. 4, 9", "pp. 4, 9")]
    [InlineData("p. 4 and 9", "pp. 4 and 9")]
    public void The_label_takes_the_number_its_numbers_call_for(string locator, string expected)
    {
        Assert.Equal(expected, Printed(Locator.InLanguage(locator, BriefLanguage.English)));
    }

    [Theory]
    [InlineData("para. 36–37")]
    [InlineData("p. 4")]
    [InlineData("ch. 2")]
    [InlineData("12:30 – 12:45")]
    public void A_locator_offers_no_place_to_break_a_line(string locator)
    {
        var printed = Locator.InLanguage(locator, BriefLanguage.English);

        Assert.DoesNotContain(' ', printed);
        Assert.All(Enumerable.Range(0, printed.Length).Where(i => printed[i] == '–'), i => Assert.Equal('\u2060', printed[i + 1]));
    }

    [Theory]
    [InlineData("12:30")]
    [InlineData("ch. 2")]
    [InlineData("§ 4")]
    [InlineData("page 4")]
    [InlineData("p.")]
    public void Anything_else_is_printed_as_written(string locator)
    {
        Assert.Equal(locator, Printed(Locator.InLanguage(locator, BriefLanguage.Get("fr"))));
    }

    // What a reader sees: no-break spaces look like spaces, and a word joiner is not seen at all.
    private static string Printed(string text) => text.Replace('\u00A0', ' ').Replace("\u2060", string.Empty, StringComparison.Ordinal);
}
