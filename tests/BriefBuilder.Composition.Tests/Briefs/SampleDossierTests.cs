using System.Text.RegularExpressions;
using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Bibliography.Oracle;
using BriefBuilder.Composition.Tests.Bibliography.TestSources;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Diagnostics;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Composition.Tests.Briefs;

/// <summary>The shipped templates on the sample dossier (sources/artsakh-exodus-2023.xlsx), laid out by the real engine.</summary>
public class SampleDossierTests
{
    private static readonly Lazy<Dossier> Sample = new(() =>
        WorkbookReader.Read(RepositoryPaths.SampleWorkbook).Dossier ?? throw new InvalidOperationException("The sample workbook does not read."));

    private static readonly TemplateCatalog Catalog = TemplateCatalog.Locate(AppContext.BaseDirectory);

    [Theory]
    [InlineData(PaperSize.Letter, "en")]
    [InlineData(PaperSize.A4, "en")]
    [InlineData(PaperSize.Letter, "fr")]
    [InlineData(PaperSize.A4, "fr")]
    [InlineData(PaperSize.Letter, "hy")]
    [InlineData(PaperSize.A4, "hy")]
    public void The_handout_fits_its_two_page_budget_on_letter_and_on_a4_in_every_language(PaperSize paper, string language)
    {
        var output = Build("handout", new BriefOptions(Paper: paper, Language: language));

        Assert.Equal(2, output.PageCount);
        Assert.DoesNotContain(output.Diagnostics, d => d.Code == BriefCodes.OverPageBudget);
    }

    [Theory]
    [InlineData(PaperSize.Letter)]
    [InlineData(PaperSize.A4)]
    public void The_legislative_brief_fits_its_four_pages_in_english(PaperSize paper)
    {
        var output = Build("legislative-brief", new BriefOptions(Paper: paper));

        Assert.Equal(4, output.PageCount);
        Assert.DoesNotContain(output.Diagnostics, d => d.Code == BriefCodes.OverPageBudgetAllowed);
    }

    [Fact]
    public void Every_claim_is_in_the_archival_snapshot_s_timeline_and_stance_tables_and_every_cited_source_in_its_bibliography()
    {
        var (result, layout) = Lay("archival-snapshot", BriefOptions.None);

        Assert.All(Sample.Value.Claims, claim =>
        {
            Assert.True(layout.Anchors.ContainsKey($"claim-{claim.Id}"), $"{claim.Id} is not in the timeline");
            Assert.True(layout.Anchors.ContainsKey($"claim-{claim.Id}-stance-tables"), $"{claim.Id} is not in a stance table");
        });
        var cited = Sample.Value.Claims.SelectMany(c => c.SourceIds).Concat(Sample.Value.Events.SelectMany(e => e.SourceIds)).Distinct(StringComparer.OrdinalIgnoreCase);
        Assert.All(cited, id => Assert.True(layout.Anchors.ContainsKey($"src-{id}"), $"{id} is not in the bibliography"));
        Assert.NotNull(result.Document);
    }

    [Theory]
    [InlineData("archival-snapshot")]
    [InlineData("legislative-brief")]
    [InlineData("handout")]
    [InlineData("annual-report")]
    public void Every_link_of_each_template_lands_on_a_place_in_the_laid_out_brief(string template)
    {
        var (result, layout) = Lay(template, BriefOptions.None);

        var targets = result.Document!.Body.Spans().Select(s => s.Link).OfType<InternalLink>().Select(l => l.AnchorName).Distinct().ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.True(layout.Anchors.ContainsKey(t), $"{t} is not in the brief"));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("hy")]
    public void The_archival_snapshot_builds_in_french_and_armenian_with_fonts_covering_every_character(string language)
    {
        var output = Build("archival-snapshot", new BriefOptions(Language: language));

        Assert.NotNull(output.Pdf);
        Assert.DoesNotContain(output.Diagnostics, d => d.Severity == Severity.Error || d.Code == BriefCodes.Layout);
    }

    [Fact]
    public void A_french_brief_s_bibliography_has_no_english_month_name_or_n_d_besides_the_sources_own_words()
    {
        var (result, _) = Lay("archival-snapshot", new BriefOptions(Language: "fr"));

        var sources = Sample.Value.Sources.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
        var entries = result.Document!.Body.All<Anchor>()
            .Where(a => a.Name.StartsWith("src-", StringComparison.Ordinal))
            .Select(a => FixedText.Of(a.Text(), sources[a.Name["src-".Length..]]))
            .ToList();
        Assert.NotEmpty(entries);
        string[] englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        Assert.All(entries, entry =>
        {
            Assert.DoesNotContain("n.d.", entry, StringComparison.Ordinal);
            Assert.DoesNotContain(englishMonths, month => entry.Contains(month, StringComparison.Ordinal));
        });
        Assert.Contains(entries, entry => Regex.IsMatch(entry, "\\d (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\b"));
    }

    [Fact]
    public void The_annual_report_covers_the_latest_complete_year_with_dated_statements_unless_a_year_is_given()
    {
        var latest = Lay("annual-report", BriefOptions.None).Result;
        var of2024 = Lay("annual-report", new BriefOptions(Year: 2024)).Result;

        // As of 15 April 2024, 2024 has not ended: 2023 is the latest complete year, and it holds dated statements.
        Assert.Equal(2023, latest.Context!.Selection.Criteria.Year);
        Assert.Contains("The year 2023 in review", latest.Document!.Body.Text());
        Assert.All(of2024.Context!.Selection.DatedClaims, c => Assert.Equal(2024, BriefBuilder.Composition.Dates.DatePlacement.FirstKnown(c.Date!).Year));
        Assert.Contains("The year 2024 in review", of2024.Document!.Body.Text());
    }

    private static BriefOutput Build(string name, BriefOptions options)
    {
        var template = Catalog.Load(name).Template!;
        return BriefPdf.Build(Sample.Value, template, options, Inputs(template, options));
    }

    private static (BriefResult Result, Layout.Results.LayoutResult Layout) Lay(string name, BriefOptions options)
    {
        var template = Catalog.Load(name).Template!;
        var (result, layout) = BriefPdf.Lay(Sample.Value, template, options, Inputs(template, options));
        Assert.Empty(result.Diagnostics);
        return (result, layout!);
    }

    // The sample's own bytes: the archival snapshot embeds them.
    private static BuildInputs Inputs(BriefTemplate template, BriefOptions options) =>
        BuildInputs.From("artsakh-exodus-2023.xlsx", File.ReadAllBytes(RepositoryPaths.SampleWorkbook), template, options, "0.1.0");
}
