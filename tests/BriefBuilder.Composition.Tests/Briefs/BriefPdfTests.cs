using System.Globalization;
using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections.Cover;
using BriefBuilder.Composition.Sections.People;
using BriefBuilder.Composition.Sections.Provenance;
using BriefBuilder.Composition.Sections.References;
using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Sections.Summary;
using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Diagnostics;
using BriefBuilder.Layout;
using UglyToad.PdfPig;

namespace BriefBuilder.Composition.Tests.Briefs;

public class BriefPdfTests
{
    private static readonly BriefTemplate Archival = TestBriefs.Template(
        new CoverSpec(), new SummarySpec(), new TimelineSpec(), new StanceTablesSpec(), new WhosWhoSpec(), new BibliographySpec(), new ProvenanceSpec())
        with { NewPagePerSection = SectionStart.NewPage };

    [Fact]
    public void Who_s_who_lists_the_pages_where_each_person_s_claims_finally_landed()
    {
        var dossier = DossierBuilder.Sample().Build();
        var (_, layout) = BriefPdf.Lay(dossier, Archival, BriefOptions.None, TestBriefs.Inputs());

        var maria = layout!.Pages.SelectMany(p => p.OfKind("TableRow")).Single(r => r.Text.StartsWith("Maria Example |", StringComparison.Ordinal));
        var expected = new[] { "claim-C03", "claim-C05", "claim-C03-stance-tables", "claim-C05-stance-tables" }
            .Select(a => layout.Anchors[a].Page).Distinct().Order();
        Assert.Equal(string.Join(", ", expected), maria.Text.Split(" | ")[^1]);
    }

    [Fact]
    public void A_brief_longer_than_its_page_budget_is_not_written_and_the_error_says_how_far_over_and_what_to_do()
    {
        var output = BriefPdf.Build(DossierBuilder.Sample().Build(), Archival with { PageBudget = 2, File = "templates/t.yaml" }, BriefOptions.None, TestBriefs.Inputs());

        Assert.Null(output.Pdf);
        var error = Assert.Single(output.Diagnostics, d => d.Code == BriefCodes.OverPageBudget);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("templates/t.yaml", error.Location.File);
        Assert.Contains($"takes {output.PageCount} pages, {output.PageCount - 2} pages over the 2", error.Message);
        Assert.Contains("Short Form", error.Message);
        Assert.Contains("key-only", error.Message);
        Assert.Contains("allow-overflow", error.Message);
    }

    [Fact]
    public void A_template_that_allows_overflow_is_not_told_to_allow_it()
    {
        var output = BriefPdf.Build(DossierBuilder.Sample().Build(), Archival with { PageBudget = 2, AllowOverflow = true, File = "templates/t.yaml" }, BriefOptions.None, TestBriefs.Inputs());

        var warning = Assert.Single(output.Diagnostics, d => d.Code == BriefCodes.OverPageBudgetAllowed);
        Assert.DoesNotContain("set allow-overflow", warning.Message);
        Assert.EndsWith("so the longer brief is written", warning.Message);
    }

    [Fact]
    public void A_template_that_allows_overflow_writes_the_longer_brief_with_a_warning()
    {
        var output = BriefPdf.Build(DossierBuilder.Sample().Build(), Archival with { PageBudget = 2, AllowOverflow = true, File = "templates/t.yaml" }, BriefOptions.None, TestBriefs.Inputs());

        Assert.NotNull(output.Pdf);
        var warning = Assert.Single(output.Diagnostics, d => d.Code == BriefCodes.OverPageBudgetAllowed);
        Assert.Equal(Severity.Warning, warning.Severity);
    }

    [Fact]
    public void The_same_inputs_give_the_same_bytes()
    {
        var first = BriefPdf.Build(DossierBuilder.Sample().Build(), Archival, BriefOptions.None, TestBriefs.Inputs());
        var second = BriefPdf.Build(DossierBuilder.Sample().Build(), Archival, BriefOptions.None, TestBriefs.Inputs());

        Assert.Equal(first.Pdf, second.Pdf);
    }

    [Theory]
    [InlineData("fr-FR", "en")]
    [InlineData("tr-TR", "en")]
    [InlineData("tr-TR", "fr")]
    [InlineData("fr-FR", "hy")]
    public void The_machine_s_culture_changes_no_byte_of_a_brief_in_any_language(string culture, string language)
    {
        var options = BriefOptions.None with { Language = language };
        var invariant = InCulture(CultureInfo.InvariantCulture, () => BriefPdf.Build(DossierBuilder.Sample().Build(), Archival, options, TestBriefs.Inputs()));
        var local = InCulture(CultureInfo.GetCultureInfo(culture), () => BriefPdf.Build(DossierBuilder.Sample().Build(), Archival, options, TestBriefs.Inputs()));

        Assert.NotNull(invariant.Pdf);
        Assert.Equal(invariant.Pdf, local.Pdf);
    }

    [Fact]
    public void A_character_no_font_can_print_stops_the_build_with_an_error()
    {
        var dossier = DossierBuilder.Sample().Claim("C07", Edtf.On(2024, 1, 1), "recognises", "I01", summary: "Quoted as \u0378\u0379 (unassigned: in no font on any machine).").Build();

        var output = BriefPdf.Build(dossier, Archival, BriefOptions.None, TestBriefs.Inputs());

        Assert.Null(output.Pdf);
        Assert.Contains(output.Diagnostics, d => d.Code == BriefCodes.Unprintable && d.Severity == Severity.Error);
    }

    [Fact]
    public void Every_citation_link_in_the_pdf_lands_on_its_bibliography_entry()
    {
        var output = BriefPdf.Build(DossierBuilder.Sample().Build(), Archival, BriefOptions.None, TestBriefs.Inputs());
        var (result, layout) = BriefPdf.Lay(DossierBuilder.Sample().Build(), Archival, BriefOptions.None, TestBriefs.Inputs());

        var sourcesPage = layout!.Anchors["src-S01"].Page;
        using var pdf = PdfDocument.Open(output.Pdf!);
        var entryText = pdf.GetPage(sourcesPage).Text;
        Assert.Contains("Statement on the Situation", entryText);
        Assert.All(new[] { "src-S01", "src-S02", "src-S03", "src-S04" }, a => Assert.Equal(sourcesPage, layout.Anchors[a].Page));
        Assert.NotNull(result.Document);
    }

    // Runs a build with the culture a machine's locale would give the thread: its number formats, casing and collation.
    private static T InCulture<T>(CultureInfo culture, Func<T> build)
    {
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            return build();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (saved, savedUi);
        }
    }
}
