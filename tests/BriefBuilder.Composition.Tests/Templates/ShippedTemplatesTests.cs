using BriefBuilder.Composition.Sections.Charts;
using BriefBuilder.Composition.Sections.NewSince;
using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Document;

namespace BriefBuilder.Composition.Tests.Templates;

public class ShippedTemplatesTests
{
    private static readonly TemplateCatalog Catalog = TemplateCatalog.Locate(AppContext.BaseDirectory);

    [Fact]
    public void The_four_shipped_templates_are_found_by_name()
    {
        Assert.Equal(["annual-report", "archival-snapshot", "handout", "legislative-brief"], Catalog.Names);
    }

    [Theory]
    [InlineData("handout")]
    [InlineData("legislative-brief")]
    [InlineData("archival-snapshot")]
    [InlineData("annual-report")]
    public void Each_shipped_template_loads_without_a_diagnostic(string name)
    {
        var result = Catalog.Load(name);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Template);
    }

    [Fact]
    public void The_handout_is_a_two_page_letter_brief()
    {
        var handout = Catalog.Load("handout").Template!;

        Assert.Equal(PaperSize.Letter, handout.Paper);
        Assert.Equal(2, handout.PageBudget);
    }

    [Fact]
    public void The_archival_snapshot_has_every_section_on_a4_with_ids_and_the_record_notes()
    {
        var archival = Catalog.Load("archival-snapshot").Template!;

        Assert.Equal(PaperSize.A4, archival.Paper);
        Assert.True(archival.ShowIds);
        Assert.Equal(["cover", "summary", "timeline", "stance-tables", "whos-who", "bibliography", "record-notes", "provenance"], archival.Sections.Select(s => s.Kind));
    }

    [Fact]
    public void Only_the_archival_snapshot_is_archival_and_only_the_handout_leads_with_what_is_new()
    {
        Assert.Equal(["archival-snapshot"], Catalog.Names.Where(n => Catalog.Load(n).Template!.Archival));
        Assert.Equal(["handout"], Catalog.Names.Where(n => Catalog.Load(n).Template!.Sections.Any(s => s is NewSinceSpec)));
        Assert.Equal(["cover", "new-since"], Catalog.Load("handout").Template!.Sections.Take(2).Select(s => s.Kind));
    }

    [Fact]
    public void The_legislative_brief_puts_key_findings_first_and_lists_each_statement_once_on_letter()
    {
        var brief = Catalog.Load("legislative-brief").Template!;

        Assert.Equal(PaperSize.Letter, brief.Paper);
        Assert.Equal(["cover", "key-findings", "stance-tables", "timeline", "bibliography"], brief.Sections.Select(s => s.Kind));
        Assert.Equal(TimelineList.None, Assert.IsType<TimelineSpec>(brief.Sections[3]).List);
    }

    [Fact]
    public void The_annual_report_defaults_to_the_latest_year_with_data()
    {
        var report = Catalog.Load("annual-report").Template!;

        Assert.True(report.Filters.Year.Latest);
        Assert.Contains(report.Sections, s => s is MonthlyChartSpec);
    }

    [Fact]
    public void An_unknown_template_name_lists_the_known_ones()
    {
        var result = Catalog.Load("brochure");

        Assert.Null(result.Template);
        Assert.Contains("handout", Assert.Single(result.Diagnostics).Message);
    }
}
