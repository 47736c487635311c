using System.Text;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Diagnostics;

namespace BriefBuilder.Composition.Tests.Templates;

public sealed class FurniturePatternTests
{
    [Theory]
    [InlineData("header:\n  left: \"Page {page of {total}\"", "unclosed '{' in header.left at line 3 (character 6 of the text)")]
    [InlineData("footer: { center: \"{page\" }", "unclosed '{' in footer.center at line 2 (character 1 of the text)")]
    [InlineData("footer: { right: \"{page}} pages\" }", "a '}' that closes no '{' in footer.right at line 2 (character 7 of the text)")]
    public void An_unpaired_brace_is_named_with_its_key_and_line(string yaml, string expected)
    {
        var error = SingleError("sections: [cover]\n" + yaml);

        Assert.Equal(TemplateCodes.BadValue, error.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown placeholder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_placeholder_the_furniture_lacks_is_unknown()
    {
        var error = SingleError("sections: [cover]\nfooter: { right: \"{chapter}\" }");

        Assert.Contains("unknown placeholder {chapter}; expected any of:", error.Message, StringComparison.Ordinal);
    }

    private static Diagnostic SingleError(string yaml)
    {
        var result = TemplateLoader.Parse("t", "t.yaml", Encoding.UTF8.GetBytes(yaml));
        Assert.Null(result.Template);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }
}
