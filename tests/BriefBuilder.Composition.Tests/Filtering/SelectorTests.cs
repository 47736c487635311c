using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Dates;
using BriefBuilder.Diagnostics;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Filtering;

public class SelectorTests
{
    [Fact]
    public void As_of_keeps_a_statement_only_when_the_record_dates_it_certainly_on_or_before_that_day()
    {
        var dossier = Stances()
            .Claim("C01", Edtf.Between(Edtf.Day(2023, 9, 30), Edtf.Day(2023, 10, 20)), "a", "I01")
            .Claim("C02", Edtf.Between(Edtf.Day(2023, 9, 2), Edtf.Day(2023, 9, 3)), "a", "I01")
            .Claim("C03", Edtf.On(Edtf.Month(2023, 10)), "a", "I01")
            .Claim("C04", Edtf.On(Edtf.Month(2023, 9)), "a", "I01")
            .Claim("C05", Edtf.On(2023, 11, 2), "a", "I01")
            .Build();

        var selection = Select(dossier, options: new BriefOptions(AsOf: new DateOnly(2023, 10, 1)));

        Assert.Equal(["C02", "C04"], selection.Claims.Select(c => c.Id));

        // C01 and C03 may have been made by 1 October but are not dated on or before it; C05 was certainly made after.
        Assert.Equal(2, selection.LeftOutByAsOf);
    }

    [Fact]
    public void A_source_published_by_the_as_of_date_dates_the_statements_it_reports()
    {
        var dossier = Stances()
            .Source("S01", date: Edtf.On(2023, 10, 5))
            .Source("S02", date: Edtf.On(2024, 4, 15))
            .Claim("C01", null, "a", "I01", sources: ["S01"], window: Edtf.Between(Edtf.Month(2023, 9), Edtf.Day(2024, 4, 15)))
            .Claim("C02", null, "a", "I01", sources: ["S02"], window: Edtf.Between(Edtf.Month(2023, 9), Edtf.Day(2024, 4, 15)))
            .Build();

        var selection = Select(dossier, options: new BriefOptions(AsOf: new DateOnly(2023, 10, 31)));

        Assert.Equal(["C01"], selection.Claims.Select(c => c.Id));
        Assert.Equal(1, selection.LeftOutByAsOf);
    }

    [Fact]
    public void As_of_keeps_every_source_of_a_statement_it_keeps_and_drops_later_events()
    {
        var dossier = Stances()
            .Source("S01", date: Edtf.On(2023, 9, 1))
            .Source("S02", date: Edtf.On(2023, 12, 1))
            .Claim("C01", Edtf.On(2023, 9, 2), "a", "I01", sources: ["S01", "S02"])
            .Event("E01", Edtf.On(2023, 9, 1), "Before")
            .Event("E02", Edtf.On(2023, 9, 3), "After")
            .Build();

        var selection = Select(dossier, options: new BriefOptions(AsOf: new DateOnly(2023, 9, 2)));

        Assert.Equal(["S01", "S02"], selection.Sources.Select(s => s.Id));
        Assert.Equal(["E01"], selection.Events.Select(e => e.Id));
        Assert.Equal(new DateOnly(2023, 9, 2), selection.AsOf);
    }

    [Fact]
    public void Without_as_of_the_brief_is_as_of_the_latest_day_the_record_dates_anything_on()
    {
        var selection = Select(DossierBuilder.Sample().Build());

        Assert.Equal(new DateOnly(2024, 4, 15), selection.AsOf);
    }

    [Fact]
    public void Only_sources_cited_by_selected_claims_and_events_are_included()
    {
        var dossier = Stances()
            .Source("S01").Source("S02").Source("S03")
            .Claim("C01", Edtf.On(2023, 9, 2), "a", "I01", sources: ["s01"])
            .Claim("C02", Edtf.On(2023, 9, 2), "b", "I01", sources: ["S02"])
            .Event("E01", Edtf.On(2023, 9, 1), "Event", ["S03"])
            .Build();

        var template = TestBriefs.Template(new TimelineSpec()) with { Filters = new TemplateFilters { Stances = ["a"] } };
        var selection = Select(dossier, template);

        Assert.Equal(["S01", "S03"], selection.Sources.Select(s => s.Id));
    }

    [Fact]
    public void A_year_keeps_what_starts_in_that_year()
    {
        var dossier = Stances()
            .Claim("C01", Edtf.Between(Edtf.Day(2023, 12, 20), Edtf.Day(2024, 1, 10)), "a", "I01")
            .Claim("C02", Edtf.On(2024, 2, 1), "a", "I01")
            .Event("E01", Edtf.On(2023, 5, 1), "Event")
            .Build();

        var selection = Select(dossier, options: new BriefOptions(Year: 2024));

        Assert.Equal(["C02"], selection.Claims.Select(c => c.Id));
        Assert.Empty(selection.Events);
        Assert.Equal(2024, selection.Criteria.Year);
    }

    [Fact]
    public void The_default_year_is_the_latest_that_ended_by_the_as_of_date_and_holds_dated_statements()
    {
        var template = TestBriefs.Template(new TimelineSpec()) with { Filters = new TemplateFilters { Year = YearChoice.LatestWithData } };

        // The sample runs to 15 April 2024: 2024 has not ended, so 2023 is the year in review.
        var selection = Select(DossierBuilder.Sample().Build(), template);

        Assert.Equal(2023, selection.Criteria.Year);
        Assert.Equal(["C01", "C02", "C03", "C04", "C05"], selection.Claims.Select(c => c.Id));
    }

    [Fact]
    public void Without_a_complete_year_the_default_year_is_the_latest_with_dated_statements()
    {
        var template = TestBriefs.Template(new TimelineSpec()) with { Filters = new TemplateFilters { Year = YearChoice.LatestWithData } };
        var dossier = Stances().Claim("C01", Edtf.On(2024, 2, 1), "a", "I01").Claim("C02", Edtf.On(2024, 3, 1), "a", "I01").Build();

        Assert.Equal(2024, Select(dossier, template).Criteria.Year);
    }

    [Fact]
    public void A_year_keeps_the_statements_dated_in_it_and_the_undated_ones_whose_window_overlaps_it()
    {
        var dossier = Stances()
            .Claim("C01", Edtf.On(2023, 10, 1), "a", "I01")
            .Claim("C02", Edtf.On(2024, 1, 1), "a", "I01")
            .Claim("C03", null, "a", "I01", window: Edtf.Between(Edtf.Month(2023, 9), Edtf.Day(2024, 4, 15)))
            .Claim("C04", null, "a", "I01", window: Edtf.Between(Edtf.Month(2024, 2), Edtf.Day(2024, 4, 15)))
            .Build();

        var selection = Select(dossier, options: new BriefOptions(Year: 2023));

        Assert.Equal(["C01", "C03"], selection.Claims.Select(c => c.Id));
        Assert.Equal(["C01"], selection.DatedClaims.Select(c => c.Id));
    }

    [Fact]
    public void The_build_s_year_overrides_the_template_s()
    {
        var template = TestBriefs.Template(new TimelineSpec()) with { Filters = new TemplateFilters { Year = YearChoice.LatestWithData } };

        var selection = Select(DossierBuilder.Sample().Build(), template, new BriefOptions(Year: 2023));

        Assert.Equal(5, selection.Claims.Count);
    }

    [Fact]
    public void Verified_only_drops_drafts_and_with_them_the_draft_watermark()
    {
        var dossier = Stances()
            .Claim("C01", Edtf.On(2023, 9, 2), "a", "I01")
            .Claim("C02", Edtf.On(2023, 9, 3), "a", "I01", status: ClaimStatus.Draft)
            .Build();

        var all = Select(dossier);
        var verified = Select(dossier, TestBriefs.Template(new TimelineSpec()) with { Filters = new TemplateFilters { VerifiedOnly = true } });

        Assert.True(all.HasDraft);
        Assert.False(verified.HasDraft);
        Assert.Equal(["C01"], verified.Claims.Select(c => c.Id));
    }

    [Fact]
    public void Tags_keep_claims_and_events_with_any_of_them()
    {
        var dossier = Stances()
            .Claim("C01", Edtf.On(2023, 9, 2), "a", "I01", tags: ["UN", "humanitarian"])
            .Claim("C02", Edtf.On(2023, 9, 3), "a", "I01", tags: ["eu"])
            .Event("E01", Edtf.On(2023, 9, 1), "Event", tags: ["Humanitarian"])
            .Build();

        var selection = Select(dossier, TestBriefs.Template(new TimelineSpec()) with { Filters = new TemplateFilters { Tags = ["humanitarian"] } });

        Assert.Equal(["C01"], selection.Claims.Select(c => c.Id));
        Assert.Equal(["E01"], selection.Events.Select(e => e.Id));
    }

    [Fact]
    public void A_stance_the_workbook_does_not_define_is_an_error_at_the_template_s_line()
    {
        var template = TestBriefs.Template(new TimelineSpec()) with
        {
            Filters = new TemplateFilters { Stances = ["a", "nope"] },
            StancesLocation = new SourceLocation("t.yaml", Line: 7, Column: 13),
        };
        var diagnostics = new DiagnosticBag();

        Selector.Select(Stances().Build(), template, BriefOptions.None, diagnostics);

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(7, error.Location.Line);
        Assert.Contains("'nope'", error.Message);
    }

    [Fact]
    public void Speakers_and_institutions_are_those_of_the_selected_claims_in_workbook_order()
    {
        // C02 and C03 (5 October, P03 for I03 and P01 for I01) were made by 10 October; so was C04 ("about October
        // 2023"), since its source was published on 5 October; C05 (2 November) was not.
        var selection = Select(DossierBuilder.Sample().Build(), options: new BriefOptions(AsOf: new DateOnly(2023, 10, 10)));

        Assert.Equal(["C01", "C02", "C03", "C04"], selection.Claims.Select(c => c.Id));
        Assert.Equal(["P01", "P02", "P03"], selection.People.Select(p => p.Id));
        Assert.Equal(["I01", "I02", "I03"], selection.Institutions.Select(i => i.Id));
    }

    [Fact]
    public void A_year_keeps_the_events_that_overlap_it_as_context()
    {
        var dossier = Stances()
            .Claim("C01", Edtf.On(2023, 10, 1), "a", "I01")
            .Event("E01", Edtf.Between(Edtf.Month(2022, 12), Edtf.Month(2023, 9)), "Blockade")
            .Event("E02", Edtf.On(2023, 9, 19), "Offensive")
            .Event("E03", Edtf.On(Edtf.Month(2022, 11)), "Earlier")
            .Event("E04", Edtf.On(Edtf.Month(2024, 1)), "Later")
            .Build();

        var selection = Select(dossier, options: new BriefOptions(Year: 2023));

        Assert.Equal(["E01", "E02"], selection.Events.Select(e => e.Id));
    }

    private static DossierBuilder Stances() => new DossierBuilder()
        .Stance("a", "Stance A")
        .Stance("b", "Stance B")
        .Institution("I01", "Institution One");

    private static BriefSelection Select(Dossier dossier, BriefTemplate? template = null, BriefOptions? options = null)
    {
        var diagnostics = new DiagnosticBag();
        var selection = Selector.Select(dossier, template ?? TestBriefs.Template(new TimelineSpec()), options ?? BriefOptions.None, diagnostics);
        Assert.Empty(diagnostics.Items);
        return selection;
    }
}
