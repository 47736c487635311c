using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections.Cover;
using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Diagnostics;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Briefs;

/// <summary>A brief that cannot be laid out within the page or the layout's limits stops with an error that says why,
/// never an exception.</summary>
public class BriefLimitsTests
{
    private static readonly BriefTemplate Cover = TestBriefs.Template(new CoverSpec(), new StanceTablesSpec()) with { NewPagePerSection = SectionStart.NewPage };

    [Fact]
    public void Margins_that_fit_the_templates_paper_but_not_the_paper_asked_for_are_an_error()
    {
        // 760 pt of side margins leave 82 pt across landscape A4, more than an inch, but 32 pt across landscape Letter.
        var template = Cover with { Paper = PaperSize.A4, Orientation = Orientation.Landscape, Margins = new Edges(20, 380, 20, 380) };

        var built = BriefPdf.Build(DossierBuilder.Sample().Build(), template, new BriefOptions(Paper: PaperSize.Letter), TestBriefs.Inputs());

        Assert.Null(built.Pdf);
        var error = Assert.Single(built.Diagnostics, d => d.Code == BriefCodes.PageRoom);
        Assert.Contains("the margins leave 32 by", error.Message, StringComparison.Ordinal);
        Assert.Contains("on the Letter page", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_brief_past_a_layout_limit_is_an_error_naming_the_limit_and_how_to_raise_it()
    {
        var options = BriefOptions.None with { Limits = new LayoutLimits { Pages = 1 } };

        var built = BriefPdf.Build(DossierBuilder.Sample().Build(), Cover, options, TestBriefs.Inputs());

        Assert.Null(built.Pdf);
        var error = Assert.Single(built.Diagnostics, d => d.Code == BriefCodes.LayoutLimit);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("raise it with --limit pages=N", error.Message, StringComparison.Ordinal);
    }
}
