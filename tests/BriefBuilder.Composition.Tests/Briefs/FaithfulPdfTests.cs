using System.Text.RegularExpressions;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections;
using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Tests.Builders;

namespace BriefBuilder.Composition.Tests.Briefs;

/// <summary>The sample's briefs as printed, read back through pdftotext: what a reader holds must say what the record says.</summary>
public sealed partial class FaithfulPdfTests
{
    [Fact]
    public void Every_id_a_bibliography_entry_cites_is_printed_beside_its_statement_or_event()
    {
        var text = SampleBriefs.Flattened(SampleBriefs.Text("archival-snapshot"));

        var cited = CitedIn().Matches(text).SelectMany(m => m.Groups["ids"].Value.Split(", ")).Distinct().ToList();
        Assert.NotEmpty(cited);
        var withoutBackLinks = CitedIn().Replace(text, string.Empty);
        Assert.All(cited, id => Assert.Matches($@"(?<![\w-]){Regex.Escape(id)}(?![\w-])", withoutBackLinks));
    }

    [Fact]
    public void Briefs_without_ids_cite_back_by_page_and_print_no_bare_ids()
    {
        var text = SampleBriefs.Flattened(SampleBriefs.Text("legislative-brief"));

        Assert.Matches(@"\[cited on pp?\. \d", text);
        Assert.DoesNotMatch(@"cited in C\d", text);
    }

    [Theory]
    [InlineData("handout", "en")]
    [InlineData("handout", "fr")]
    [InlineData("handout", "hy")]
    [InlineData("legislative-brief", "en")]
    [InlineData("archival-snapshot", "en")]
    [InlineData("annual-report", "en")]
    public void Every_statement_the_brief_selects_is_printed_whole_in_its_tagged_text(string template, string language)
    {
        var options = new BriefOptions(Language: language);
        var selected = SampleBriefs.Compose(template, options).Context!.Selection.Claims;
        var letters = Letters(SampleBriefs.ContentLetters(template, options));

        // Each statement in the words the template asks for (the curator's short form, or the summary): whole, across
        // lines and pages.
        var words = SampleBriefs.Catalog.Load(template).Template!.Sections.OfType<StanceTablesSpec>().Single().Text;
        Assert.NotEmpty(selected);
        Assert.All(selected, claim => Assert.Contains(Letters(StatementWords.Of(claim, words)), letters));
    }

    private static string Letters(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u00AD'));

    [GeneratedRegex(@"\[cited in (?<ids>[A-Za-z0-9-]+(?:, [A-Za-z0-9-]+)*)\]")]
    private static partial Regex CitedIn();
}
