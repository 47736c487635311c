using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Localization;

namespace BriefBuilder.Composition.Tests.Bibliography;

public sealed class LocatorTests
{
    [Theory]
    [InlineData("p. 4", "en", "p. 4")]
    [InlineData("pp. 4–6", "en", "pp. 4–6")]
    [InlineData("para. 6–7", "en", "para. 6–7")]
    [InlineData("paragr. 5", "en", "para. 5")]
    [InlineData("  p. 4 ", "en", "p. 4")]
    [InlineData("p. 4", "fr", "p. 4")]
    [InlineData("pp. 4–6", "fr", "p. 4–6")]
    [InlineData("para. 5", "fr", "paragr. 5")]
    [InlineData("paras. 5–6", "fr", "paragr. 5–6")]
    [InlineData("P. 12", "fr", "p. 12")]
    [InlineData("p.4", "hy", "էջ4")]
    [InlineData("pp. 4–6", "hy", "էջ 4–6")]
    [InlineData("para. 5", "hy", "պարբ. 5")]
    public void A_page_or_paragraph_label_is_written_as_the_brief_s_language_writes_it(string locator, string language, string expected)
    {
        Assert.Equal(expected, Locator.InLanguage(locator, BriefLanguage.Get(language)));
    }

    [Theory]
    [InlineData("12:30")]
    [InlineData("ch. 2")]
    [InlineData("§ 4")]
    [InlineData("page 4")]
    [InlineData("p.")]
    public void Anything_else_is_printed_as_written(string locator)
    {
        Assert.Equal(locator, Locator.InLanguage(locator, BriefLanguage.Get("fr")));
    }
}
