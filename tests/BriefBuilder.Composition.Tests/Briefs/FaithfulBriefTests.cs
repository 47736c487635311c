using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Briefs;

/// <summary>The sample's briefs said back against the workbook: each statement under the right heading, cited to its own
/// sources with its own locators, dated no more precisely than the record, attributed as the record attributes it.</summary>
public sealed class FaithfulBriefTests
{
    private static readonly string[] Templates = ["handout", "legislative-brief", "archival-snapshot", "annual-report"];

    [Theory]
    [InlineData("archival-snapshot", true)]
    [InlineData("annual-report", false)]
    public void The_article_s_paragraphs_follow_the_article_and_not_the_source_cited_after_it(string template, bool has2024)
    {
        var body = SampleBriefs.Compose(template).Document!.Body;

        var text = ElementQueries.Plain(body.Text());
        Assert.Contains("Demirdjian 2024, paras. 6–7; Bagheri 2023", text);
        Assert.Equal(has2024, text.Contains("Demirdjian 2024, para. 29; Mijatović 2024", StringComparison.Ordinal));
        Assert.DoesNotContain("Bagheri 2023, para", text);
        Assert.DoesNotContain("Mijatović 2024, para", text);
    }

    [Fact]
    public void The_legislative_brief_names_the_article_once_and_each_row_gives_its_place_in_it_before_any_other_source()
    {
        var text = ElementQueries.Plain(SampleBriefs.Compose("legislative-brief").Document!.Body.Text());

        Assert.Contains("Every statement below is cited to Demirdjian 2024, at the place given after it.", text);
        Assert.Contains("paras. 6–7; Bagheri 2023", text);
        Assert.Contains("para. 29; Mijatović 2024", text);
        Assert.DoesNotContain("Bagheri 2023, para", text);
        Assert.DoesNotContain("Mijatović 2024, para", text);
    }

    [Fact]
    public void Undated_statements_are_listed_apart_under_a_heading_of_their_own_and_never_under_a_month()
    {
        var result = SampleBriefs.Compose("archival-snapshot");
        var timeline = result.Document!.Body.All<Section>().Single(s => s.Title == "Timeline");
        var undatedIds = SampleBriefs.Dossier.Claims.Where(c => !c.IsDated).Select(c => c.Id).ToHashSet();

        // Walk the timeline in reading order, remembering the last heading above each claim's entry.
        string? heading = null;
        var under = new Dictionary<string, string>();
        foreach (var element in timeline.Descendants())
        {
            if (element is Heading h && h.Level <= 3)
            {
                heading = h.Text();
            }
            else if (element is Anchor { Name: var name } && name.StartsWith("claim-", StringComparison.Ordinal))
            {
                under[name["claim-".Length..]] = heading!;
            }
        }

        Assert.Equal(20, undatedIds.Count);
        Assert.All(undatedIds, id => Assert.Equal("Undated", under[id]));
        Assert.All(under.Where(p => !undatedIds.Contains(p.Key)), p => Assert.NotEqual("Undated", p.Value));
        Assert.Equal("December 2023", under["C27"]);
        Assert.Equal("October 2023", under["C26"]);
    }

    [Theory]
    [InlineData("handout")]
    [InlineData("legislative-brief")]
    [InlineData("archival-snapshot")]
    public void The_cover_s_period_comes_from_dated_statements_and_counts_the_undated_apart(string template)
    {
        var text = ElementQueries.Plain(SampleBriefs.Compose(template).Document!.Body.Text());

        Assert.Contains("31 statements by 27 speakers and institutions, 11 dated (29 September 2023 to 15 April 2024) and 20 undated", text);
        Assert.DoesNotContain("December 2022 to", text);
    }

    [Fact]
    public void As_of_keeps_only_statements_certainly_made_by_then_each_cited_to_all_its_sources_and_says_what_it_left_out()
    {
        var options = new BriefOptions(AsOf: new DateOnly(2023, 10, 31));
        var result = SampleBriefs.Compose("legislative-brief", options);
        var selection = result.Context!.Selection;

        // Dated on or before 31 October: C04 (29 Sep), C07 (3 Oct), C26 (5 Oct), C02 (20 Oct); "October 2023?" (C06)
        // ends on the 31st. The mission's findings (from 1 October, open) and the undated ones were reported later.
        Assert.Equal(["C02", "C04", "C06", "C07", "C26"], selection.Claims.Select(c => c.Id).Order());
        // Left out: the 20 undated ones and the mission's two findings, which may have been made by then.
        Assert.Equal(22, selection.LeftOutByAsOf);
        var stances = SampleBriefs.Dossier.Stances.Select(s => s.Label).ToHashSet();
        var tables = result.Document!.Body.All<Table>().Where(t => t.Summary is { } label && stances.Contains(label)).ToList();
        var sourceCells = tables.SelectMany(t => t.Rows).Select(r => ElementQueries.Plain(r.Cells[^1].Content.Text())).ToList();
        Assert.Equal(5, sourceCells.Count);
        // The article, which every statement cites, is named above the tables; each row gives its place in it.
        Assert.All(sourceCells, cell => Assert.StartsWith("para", cell));
        Assert.Contains("Every statement below is cited to Demirdjian 2024, at the place given after it.", ElementQueries.Plain(result.Document.Body.Text()));
        var text = ElementQueries.Plain(result.Document.Body.Text());
        Assert.Contains("5 statements: Skeptical / Denialist: 4 (80%) and Accusatory / Affirmative: 1 (20%).", text);
        Assert.Contains("22 statements that may have been made by 31 October 2023 are left out", text);
    }

    [Fact]
    public void The_annual_report_reviews_2023_lists_no_month_after_the_as_of_date_and_opens_with_the_year_s_figures()
    {
        var result = SampleBriefs.Compose("annual-report");
        var text = ElementQueries.Plain(result.Document!.Body.Text());

        Assert.Equal(2023, result.Context!.Selection.Criteria.Year);
        Assert.Contains("The year 2023 in review", text);
        // C02, C04, C06, C07 and the mission's C11, C12 are skeptical; C26 and C27 affirmative. Of these, only C02, C06,
        // C07 and C26 are dated within October; the mission's findings run on from 1 October.
        Assert.Contains("In 2023 the record dates 8 statements: 6 Skeptical / Denialist and 2 Accusatory / Affirmative.", text);
        Assert.Contains("The busiest month was October 2023, with 4 statements.", text);
        Assert.Contains("7 speakers and institutions spoke that year for the first time in the record.", text);
        Assert.Contains("A further 20 statements without a date of their own may fall in 2023", text);

        var cut = SampleBriefs.Compose("annual-report", new BriefOptions(AsOf: new DateOnly(2023, 10, 31)));
        var months = cut.Document!.Body.All<Table>().Single(t => t.Summary == "Statements per month").Rows.Select(r => r.Cells[0].Content.Text()).ToList();
        Assert.Equal("October 2023", months[^2]);
        Assert.DoesNotContain("November 2023", months);
    }

    [Fact]
    public void The_mission_s_findings_are_the_mission_s_and_personal_views_count_for_no_employer()
    {
        var result = SampleBriefs.Compose("archival-snapshot");
        var body = result.Document!.Body;

        var overview = body.All<Table>().Single(t => t.Summary == "Institutions by stance");
        var rows = overview.Rows.Select(r => r.Cells[0].Content.Text()).ToList();
        Assert.Contains("United Nations mission to Nagorno-Karabakh", rows);
        Assert.DoesNotContain("University of Reading", rows);
        Assert.DoesNotContain("Yale Law School", rows);
        Assert.DoesNotContain("Foreign Policy In Focus", rows);
        var stanceText = ElementQueries.Plain(body.All<Section>().Single(s => s.Title == "Positions by stance").Text());
        Assert.DoesNotContain("Andreeva", stanceText);
    }

    [Fact]
    public void The_legislative_brief_opens_with_findings_counted_by_kind_of_speaker_from_the_bodies_statements_speak_for()
    {
        var findings = SampleBriefs.Compose("legislative-brief").Document!.Body.All<Section>().Single(s => s.Title == "Key findings");

        // Counted by hand from the workbook: a minister's statement is its government's; the UN mission's findings are an
        // intergovernmental body's; Bagheri, Pillai and O'Brien, Silk, Hunt, Scheffer, Moreno Ocampo and the author speak
        // for themselves, whatever their affiliation.
        var table = findings.All<Table>().Single();
        Assert.Equal(
            [
                "Governments 6 3 9",
                "Intergovernmental bodies 5 4 9",
                "Parliaments – 3 3",
                "Academics and think tanks – 1 1",
                "Individuals speaking for themselves 1 8 9",
            ],
            table.Rows.Select(r => string.Join(' ', r.Cells.Select(c => c.Content.Text()))));
        var text = ElementQueries.Plain(findings.Text());
        Assert.Contains("31 statements: Skeptical / Denialist: 12 (39%) and Accusatory / Affirmative: 19 (61%).", text);
        // The first abbreviation the brief prints is spelled out there.
        Assert.Contains("Skeptical / Denialist: Office of the United Nations High Commissioner for Refugees (UNHCR), Samantha Power, UN mission, Charles Michel, Saeed Bagheri, Azerbaijan,", text);
        Assert.Contains("20 of the 31 statements have no date of their own in the record", text);
    }

    [Fact]
    public void Who_s_who_prints_a_person_s_own_country_and_nothing_borrowed_from_an_institution()
    {
        var people = SampleBriefs.Compose("archival-snapshot").Document!.Body.All<Section>().Single(s => s.Title == "Who’s who").All<Table>().First();

        var bagheri = people.Rows.Single(r => r.Cells[0].Content.Text() == "Saeed Bagheri");
        Assert.Equal("University of Reading (affiliation)", bagheri.Cells[2].Content.Text());
        Assert.Equal("–", bagheri.Cells[3].Content.Text());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("hy")]
    public void The_handout_prints_every_statement_whole_in_its_short_form_with_no_ellipsis(string language)
    {
        var text = ElementQueries.Plain(SampleBriefs.Compose("handout", new BriefOptions(Language: language)).Document!.Body.Text());

        Assert.All(SampleBriefs.Dossier.Claims, claim => Assert.Contains(claim.ShortForm!, text));
        Assert.DoesNotContain("…", text);
    }

    [Fact]
    public void Every_brief_says_whose_the_stances_are()
    {
        Assert.All(Templates, template =>
            Assert.Contains(
                "The two stances, and which statement falls under each, are as the article's author, Z. S. Andrew Demirdjian, sorted them",
                ElementQueries.Plain(SampleBriefs.Compose(template).Document!.Body.Text())));
    }

    [Fact]
    public void The_archival_snapshot_discloses_every_note_and_correction()
    {
        var notes = SampleBriefs.Compose("archival-snapshot").Document!.Body.All<Section>().Single(s => s.Title == "Record notes and corrections");
        var text = ElementQueries.Plain(notes.Text());

        Assert.Contains("Corrects the source: The article spells his name “Charles Michael”.", text);
        Assert.Contains("Corrects the source: The article writes “Foreign Policy in Focus”.", text);
        var dossier = SampleBriefs.Dossier;
        var noted = dossier.Claims.Select(c => c.Notes).Concat(dossier.People.Select(p => p.Notes)).Concat(dossier.Sources.Select(s => s.Notes)).OfType<string>();
        Assert.All(noted.Where(n => n.Length > 0), note => Assert.Contains(note, text));
    }

    [Fact]
    public void Descriptive_titles_print_as_descriptions()
    {
        var text = ElementQueries.Plain(SampleBriefs.Compose("archival-snapshot").Document!.Body.Text());

        Assert.Contains("European Parliament. 2023. Joint motion for a resolution. Resolution.", text);
        Assert.DoesNotContain("“[Joint", text);
    }

    [Fact]
    public void The_graphic_draws_undated_statements_as_hatched_bands_and_says_so()
    {
        var canvas = SampleBriefs.Compose("handout").Document!.Body.All<Canvas>().First(c => c.AltText.StartsWith("Timeline", StringComparison.Ordinal));

        Assert.Contains("20 statements with no date of their own, shown as hatched bands", canvas.AltText);
        Assert.Contains("6 statements of the stance “Skeptical / Denialist” and 5 of the stance “Accusatory / Affirmative”", canvas.AltText);
    }
}
