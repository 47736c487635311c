using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections.Cover;
using BriefBuilder.Composition.Tests.Builders;

namespace BriefBuilder.Composition.Tests.Briefs;

/// <summary>The sample (an English workbook) in French and Armenian briefs, read back from the PDF's structure tree: every
/// element or span holding the workbook's words (a stance's label, a speaker's name or role, an institution, a source's
/// title, the coding note) is read as English, in mixed sentences too, and the brief's own words as the brief's language.</summary>
public sealed class WorkbookLanguagePdfTests
{
    public static TheoryData<string, string> Briefs { get; } = new()
    {
        { "legislative-brief", "fr" }, { "legislative-brief", "hy" },
        { "handout", "fr" }, { "handout", "hy" },
        { "archival-snapshot", "fr" },
    };

    [Theory]
    [MemberData(nameof(Briefs))]
    public void Workbook_words_are_read_in_the_workbook_s_language(string template, string language)
    {
        var options = new BriefOptions(Language: language);
        var context = SampleBriefs.Compose(template, options).Context!;
        var elements = TaggedText.Of(SampleBriefs.Build(template, options).Pdf!);
        var dossier = context.Dossier;
        var phrases = context.Selection.Stances.Select(s => s.Label)
            .Concat(dossier.People.SelectMany(p => new[] { p.Name, p.Role ?? string.Empty }))
            .Concat(dossier.Institutions.Select(i => i.Name))
            .Concat(dossier.Sources.Select(s => s.PlainTitle ?? string.Empty))
            .Append(StanceNote.Note(context) ?? string.Empty)
            .Where(p => p.Length >= 8)
            .ToList();

        var holding = elements.Where(e => e.Tag != "Figure" && phrases.Any(p => Plain(e.Text).Contains(p, StringComparison.Ordinal))).ToList();

        Assert.NotEmpty(holding);
        Assert.All(holding, e => Assert.True(e.Language == "en", $"{e.Tag} read as '{e.Language}': {e.Text}"));
    }

    [Theory]
    [MemberData(nameof(Briefs))]
    public void The_brief_s_own_words_keep_the_brief_s_language(string template, string language)
    {
        var options = new BriefOptions(Language: language);
        var labels = SampleBriefs.Compose(template, options).Context!.Labels;
        var elements = TaggedText.Of(SampleBriefs.Build(template, options).Pdf!);
        var own = new[] { labels.LegendFuzzy, labels.LegendUndated, labels.Timeline }.Select(Plain).ToList();

        var holding = elements.Where(e => own.Any(w => Plain(e.Text) == w)).ToList();

        Assert.NotEmpty(holding);
        Assert.All(holding, e => Assert.Equal(language, e.Language));
    }

    private static string Plain(string text) => ElementQueries.Plain(text).Replace('\u2019', '\'');
}
