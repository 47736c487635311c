using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections.Cover;
using BriefBuilder.Composition.Sections.Notes;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Sections.Cover;

public class KeyFiguresTests
{
    [Fact]
    public void The_key_figures_line_counts_statements_and_voices_over_the_period()
    {
        // Voices: P01, P02, P03, and the European Parliament speaking without a named speaker in C04.
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        Assert.Equal("6 statements by 4 speakers and institutions, 29 September 2023 to 15 April 2024", ElementQueries.Plain(KeyFigures.Line(context)));
    }

    [Fact]
    public void A_single_statement_and_speaker_are_singular()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One")
            .Claim("C01", Edtf.On(Edtf.Month(2023, 10)), "a", "I01")
            .Build();

        Assert.Equal("1 statement by 1 speaker or institution, October 2023", ElementQueries.Plain(KeyFigures.Line(TestBriefs.Context(dossier))));
    }

    [Fact]
    public void The_period_keeps_each_end_as_precise_as_its_source()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One")
            .Claim("C01", Edtf.On(Edtf.Month(2023, 9, BriefBuilder.Dates.DateQualifiers.Approximate)), "a", "I01")
            .Claim("C02", Edtf.Between(Edtf.Day(2024, 1, 5), Edtf.Day(2024, 2, 10)), "a", "I01")
            .Build();

        Assert.EndsWith("c. September 2023 to 10 February 2024", ElementQueries.Plain(KeyFigures.Line(TestBriefs.Context(dossier))));
    }

    [Fact]
    public void The_period_ends_at_the_last_known_day_not_at_an_open_end()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One")
            .Claim("C01", Edtf.On(2023, 9, 29), "a", "I01")
            .Claim("C02", Edtf.From(Edtf.Day(2023, 10, 1)), "a", "I01")
            .Claim("C03", Edtf.Between(Edtf.Month(2023, 9), Edtf.Day(2024, 4, 15)), "a", "I01")
            .Build();

        Assert.EndsWith("September 2023 to 15 April 2024", ElementQueries.Plain(KeyFigures.Line(TestBriefs.Context(dossier))));
    }

    [Fact]
    public void Undated_statements_are_counted_apart_from_the_dated_ones_whose_period_is_given()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One")
            .Claim("C01", Edtf.On(2023, 9, 29), "a", "I01")
            .Claim("C02", Edtf.On(2023, 10, 3), "a", "I01")
            .Claim("C03", null, "a", "I01")
            .Build();

        Assert.Equal("3 statements by 1 speaker or institution, 2 dated (29 September 2023 to 3 October 2023) and 1 undated", ElementQueries.Plain(KeyFigures.Line(TestBriefs.Context(dossier))));
        Assert.EndsWith("2 datées (29 septembre 2023 – 3 octobre 2023) et 1 non datée", ElementQueries.Plain(KeyFigures.Line(TestBriefs.Context(dossier, language: "fr"))));
    }

    [Fact]
    public void The_key_figures_line_follows_the_language()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), language: "fr");

        Assert.Equal("6 déclarations de 4 intervenants et institutions, 29 septembre 2023 – 15 avril 2024", ElementQueries.Plain(KeyFigures.Line(context)));
    }

    [Fact]
    public void The_cover_shows_title_subtitle_organisation_as_of_audience_key_figures_and_disclaimer_in_that_order()
    {
        var dossier = DossierBuilder.Sample()
            .Brief(new BriefBuilder.Records.BriefInfo("The title", "The subtitle", "The Institute", "The Author", Disclaimer: "Not legal advice."))
            .Build();
        var context = TestBriefs.Context(dossier, options: new BriefOptions(AsOf: new DateOnly(2024, 4, 30)));

        var text = CoverSection.Compose(context, new CoverSpec(Audience: new Dictionary<string, string> { [string.Empty] = "For legislative staff" })).Text();

        var expected = new[] { "The Institute", "The title", "The subtitle", "The Author", "As of 30 April 2024", "For legislative staff", "6 statements", "Not legal advice." };
        var positions = expected.Select(e => ElementQueries.Plain(text).IndexOf(e, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void A_brief_without_the_notes_appendix_says_how_many_corrections_the_record_makes_to_its_sources()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One")
            .Person("P01", "Charles Michel", "President", "I01", correction: "The source spells his name Michael.")
            .Person("P02", "Ann Other", "Minister", "I01", correction: "The source gives another office.")
            .Claim("C01", Edtf.On(2023, 10, 3), "a", "I01", ["P01"])
            .Claim("C02", Edtf.On(2023, 10, 4), "a", "I01", ["P02"])
            .Build();

        var withoutNotes = CoverSection.Compose(TestBriefs.Context(dossier), new CoverSpec()).Text();
        var withNotes = CoverSection.Compose(TestBriefs.Context(dossier, TestBriefs.Template(new CoverSpec(), new RecordNotesSpec())), new CoverSpec()).Text();
        var turnedOff = CoverSection.Compose(TestBriefs.Context(dossier), new CoverSpec(CorrectionsNote: false)).Text();

        Assert.Contains("The record makes 2 corrections to its sources; names and offices are printed as corrected.", ElementQueries.Plain(withoutNotes));
        Assert.DoesNotContain("corrections", withNotes);
        Assert.DoesNotContain("corrections", turnedOff);
    }

    [Fact]
    public void The_cover_has_no_level_one_heading_so_page_one_carries_no_section_title()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        Assert.Empty(CoverSection.Compose(context, new CoverSpec()).All<Heading>());
    }
}
