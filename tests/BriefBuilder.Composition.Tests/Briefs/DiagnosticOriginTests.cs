using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections.Cover;
using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Diagnostics;
using BriefBuilder.Records;
using BriefBuilder.Validation;

namespace BriefBuilder.Composition.Tests.Briefs;

/// <summary>A problem the layout finds is reported against the input it comes from: the workbook's cell or the template.</summary>
public sealed class DiagnosticOriginTests
{
    private static readonly BriefTemplate Template = TestBriefs.Template(new CoverSpec(), new StanceTablesSpec()) with { File = "templates/t.yaml" };

    private static readonly FieldLocations Columns = new("dossier.xlsx", new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["Claims"] = new Dictionary<string, string> { [nameof(Claim.Summary)] = "E" },
    });

    [Fact]
    public void A_character_no_font_has_in_a_cell_is_reported_at_that_cell()
    {
        var dossier = DossierBuilder.Sample().Claim("C07", Edtf.On(2024, 1, 1), "recognises", "I01", summary: "Quoted as \u0378 (in no font).").Build();

        var output = BriefPdf.Build(dossier, Template, BriefOptions.None, TestBriefs.Inputs() with { Locations = Columns });

        var error = Assert.Single(output.Diagnostics, d => d.Code == BriefCodes.Unprintable);
        var row = dossier.Claims.Single(c => c.Id == "C07").Origin.Row;
        Assert.Equal(new SourceLocation("dossier.xlsx", "Claims", $"E{row}"), error.Location);
    }

    [Fact]
    public void A_character_no_font_has_in_the_template_s_footer_is_reported_at_the_template()
    {
        var template = Template with { Footer = new FurnitureText("Brief \u0378", null, null) };

        var output = BriefPdf.Build(DossierBuilder.Sample().Build(), template, BriefOptions.None, TestBriefs.Inputs() with { Locations = Columns });

        var error = Assert.Single(output.Diagnostics, d => d.Code == BriefCodes.Unprintable);
        Assert.Equal(new SourceLocation("templates/t.yaml"), error.Location);
    }

    [Fact]
    public void A_font_family_the_template_names_and_no_machine_has_is_the_template_s_warning()
    {
        var template = Template with { Fonts = Template.Fonts with { Headings = "No Such Family" } };

        var output = BriefPdf.Build(DossierBuilder.Sample().Build(), template, BriefOptions.None, TestBriefs.Inputs());

        Assert.NotNull(output.Pdf);
        var warning = Assert.Single(output.Diagnostics, d => d.Code == BriefCodes.MissingFont);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation("templates/t.yaml"), warning.Location);
        Assert.Contains("'No Such Family'", warning.Message, StringComparison.Ordinal);
    }
}
