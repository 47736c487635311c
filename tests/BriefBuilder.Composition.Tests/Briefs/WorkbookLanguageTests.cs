using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Briefs;

/// <summary>In a brief whose language is not the workbook's (the sample is English), the workbook's words are tagged with
/// the workbook's language wherever they stand: the title, the stances' labels and descriptions, the speakers in a table's cells.</summary>
public sealed class WorkbookLanguageTests
{
    [Theory]
    [InlineData("fr")]
    [InlineData("hy")]
    public void Workbook_words_carry_the_workbook_s_language(string language)
    {
        var brief = SampleBriefs.Compose("legislative-brief", new BriefOptions(Language: language));
        var body = brief.Document!.Body;
        var context = brief.Context!;
        var stances = context.Selection.Stances.ToList();

        Assert.Equal("en", context.ContentLanguage);
        Assert.Equal("en", body.All<Paragraph>().Single(p => p.IsTitle).Style?.Language);
        Assert.All(body.All<Heading>().Where(h => stances.Any(s => s.Label == h.Text())), h => Assert.Equal("en", h.Style?.Language));
        Assert.All(body.All<Paragraph>().Where(p => stances.Any(s => s.Description is { } d && p.Text().Contains(d.Trim(), StringComparison.Ordinal))),
            p => Assert.Equal("en", p.Style?.Language));
        var speakers = body.All<Table>().Where(t => stances.Any(s => s.Label == t.Summary)).SelectMany(t => t.Rows).Select(r => r.Cells[1].Content).OfType<Paragraph>().ToList();
        Assert.NotEmpty(speakers);
        Assert.All(speakers, p => Assert.Equal("en", p.Style?.Language));
    }

    [Fact]
    public void An_english_brief_of_the_english_workbook_tags_nothing_apart()
    {
        var body = SampleBriefs.Compose("legislative-brief").Document!.Body;

        Assert.All(body.All<Paragraph>(), p => Assert.Null(p.Style?.Language));
    }
}
