using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Localization;

/// <summary>The punctuation the tool sets between its own pieces follows the brief's language: French puts a narrow
/// no-break space before a colon and a semicolon, English none.</summary>
public class FrenchPunctuationTests
{
    [Fact]
    public void A_french_handout_sets_a_narrow_no_break_space_before_its_colons_and_semicolons()
    {
        var text = Raw(SampleBriefs.Compose("handout", new BriefOptions(Language: "fr")).Document!.Body);

        Assert.Contains("2023\u202F: Saw no recorded mistreatment", text, StringComparison.Ordinal);
        Assert.Contains("7\u202F; Bagheri 2023", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2023: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_handout_sets_none()
    {
        var text = Raw(SampleBriefs.Compose("handout").Document!.Body);

        Assert.Contains("2023: Saw no recorded mistreatment", text, StringComparison.Ordinal);
        Assert.Contains("7; Bagheri 2023", text, StringComparison.Ordinal);
    }

    // The spans' own characters, narrow no-break spaces and all.
    private static string Raw(Element body) => string.Join("\n", body.All<Paragraph>().Select(p => string.Concat(p.Spans.Select(s => s.Text))));
}
