using BriefBuilder.Composition.Dates;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Dates;

namespace BriefBuilder.Composition.Tests.Dates;

public class DateLabelsTests
{
    private static readonly DateLabels English = new(BriefLanguage.English);
    private static readonly DateLabels French = new(BriefLanguage.Get("fr"));
    private static readonly DateLabels Armenian = new(BriefLanguage.Get("hy"));

    [Fact]
    public void A_day_reads_day_month_year()
    {
        Assert.Equal("19 September 2023", Label(English, Edtf.On(2023, 9, 19)));
    }

    [Fact]
    public void A_month_is_never_shown_more_precisely_than_known()
    {
        Assert.Equal("October 2023", Label(English, Edtf.On(Edtf.Month(2023, 10))));
    }

    [Fact]
    public void An_approximate_year_reads_circa()
    {
        Assert.Equal("c. 2023", Label(English, Edtf.On(Edtf.Year(2023, DateQualifiers.Approximate))));
    }

    [Fact]
    public void An_uncertain_year_carries_a_question_mark()
    {
        Assert.Equal("2023?", Label(English, Edtf.On(Edtf.Year(2023, DateQualifiers.Uncertain))));
    }

    [Fact]
    public void A_date_both_approximate_and_uncertain_shows_both()
    {
        Assert.Equal("c. October 2023?", Label(English, Edtf.On(Edtf.Month(2023, 10, DateQualifiers.Approximate | DateQualifiers.Uncertain))));
    }

    [Fact]
    public void Days_of_one_month_share_the_month_and_year()
    {
        Assert.Equal("19–20 September 2023", Label(English, Edtf.Between(Edtf.Day(2023, 9, 19), Edtf.Day(2023, 9, 20))));
    }

    [Fact]
    public void Days_of_one_year_share_the_year()
    {
        Assert.Equal("16 October – 23 November 2023", Label(English, Edtf.Between(Edtf.Day(2023, 10, 16), Edtf.Day(2023, 11, 23))));
    }

    [Fact]
    public void Days_of_different_years_are_written_in_full()
    {
        Assert.Equal("16 December 2023 – 3 January 2024", Label(English, Edtf.Between(Edtf.Day(2023, 12, 16), Edtf.Day(2024, 1, 3))));
    }

    [Fact]
    public void Months_of_one_year_share_the_year()
    {
        Assert.Equal("October – November 2023", Label(English, Edtf.Between(Edtf.Month(2023, 10), Edtf.Month(2023, 11))));
    }

    [Fact]
    public void An_interval_with_a_qualified_end_is_not_shortened()
    {
        Assert.Equal("19 September 2023 – c. 20 September 2023", Label(English, Edtf.Between(Edtf.Day(2023, 9, 19), Edtf.Day(2023, 9, 20, DateQualifiers.Approximate))));
    }

    [Fact]
    public void An_open_end_reads_from()
    {
        Assert.Equal("from 19 September 2023", Label(English, Edtf.From(Edtf.Day(2023, 9, 19))));
    }

    [Fact]
    public void An_open_start_reads_until()
    {
        Assert.Equal("until October 2023", Label(English, Edtf.Until(Edtf.Month(2023, 10))));
    }

    [Fact]
    public void An_unknown_end_is_a_question_mark()
    {
        Assert.Equal("19 September 2023 – ?", Label(English, Edtf.FromUnknownEnd(Edtf.Day(2023, 9, 19))));
    }

    [Fact]
    public void A_season_names_the_season()
    {
        Assert.Equal("Autumn 2023", Label(English, Edtf.On(Edtf.Season(2023, Season.Autumn))));
    }

    [Fact]
    public void A_decade_and_a_century_read_as_words()
    {
        Assert.Equal("2020s", Label(English, Edtf.On(Edtf.Decade(2020))));
        Assert.Equal("21st century", Label(English, Edtf.On(Edtf.Century(2000))));
        Assert.Equal("XXIe siècle", Label(French, Edtf.On(Edtf.Century(2000))));
    }

    [Fact]
    public void The_display_date_wins_as_written()
    {
        Assert.Equal("late September 2023", English.Format(Edtf.On(2023, 9, 29), "  late September 2023 "));
    }

    [Fact]
    public void Words_inside_one_date_do_not_break_across_lines_but_a_range_may_break_at_its_dash()
    {
        var label = English.Format(Edtf.Between(Edtf.Day(2023, 10, 16), Edtf.Day(2023, 11, 23)));

        Assert.Equal("16\u00A0October – 23\u00A0November\u00A02023", label);
    }

    [Theory]
    [InlineData(1, "1er octobre 2023")]
    [InlineData(19, "19 octobre 2023")]
    public void French_writes_the_first_of_the_month_as_premier(int day, string expected)
    {
        Assert.Equal(expected, Label(French, Edtf.On(2023, 10, day)));
    }

    [Fact]
    public void French_qualifiers_and_open_ends_read_in_french()
    {
        Assert.Equal("2023 environ", Label(French, Edtf.On(Edtf.Year(2023, DateQualifiers.Approximate))));
        Assert.Equal("à partir du 19 septembre 2023", Label(French, Edtf.From(Edtf.Day(2023, 9, 19))));
        Assert.Equal("jusqu’en octobre 2023", Label(French, Edtf.Until(Edtf.Month(2023, 10))));
    }

    [Fact]
    public void Armenian_puts_the_month_in_the_genitive_and_marks_the_year()
    {
        Assert.Equal("19 սեպտեմբերի 2023 թ.", Label(Armenian, Edtf.On(2023, 9, 19)));
        Assert.Equal("հոկտեմբեր 2023 թ.", Label(Armenian, Edtf.On(Edtf.Month(2023, 10))));
        Assert.Equal("19–20 սեպտեմբերի 2023 թ.", Label(Armenian, Edtf.Between(Edtf.Day(2023, 9, 19), Edtf.Day(2023, 9, 20))));
        Assert.Equal("մոտ. 2023 թ.", Label(Armenian, Edtf.On(Edtf.Year(2023, DateQualifiers.Approximate))));
    }

    [Fact]
    public void Month_names_do_not_depend_on_the_machine_s_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("19 September 2023", Label(English, Edtf.On(2023, 9, 19)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_display_date_is_printed_as_written_only_in_the_workbook_s_language()
    {
        var october = Edtf.On(Edtf.Month(2023, 10, DateQualifiers.Uncertain));
        const string written = "October 2023 (as the article dates it)";

        Assert.Equal(written, English.Format(october, written));
        Assert.Equal("octobre 2023 ?", ElementQueries.Plain(new DateLabels(BriefLanguage.Get("fr"), displayDates: false).Format(october, written)));
    }

    [Fact]
    public void A_table_gives_an_undated_statement_s_window_as_a_range_and_a_dated_one_its_date()
    {
        var window = Edtf.Between(Edtf.Month(2023, 9), Edtf.Day(2024, 4, 15));
        var undated = new BriefBuilder.Records.Claim("C1", null, window, null, [], "I1", "a", "Summary.", null, null, [], [], false, BriefBuilder.Records.ClaimStatus.Verified, null, null, new BriefBuilder.Records.RecordOrigin("Claims", 2));
        var dated = undated with { Date = Edtf.On(2023, 10, 3), Window = null };

        Assert.Equal("non datée, septembre 2023 – 15 avril 2024", ElementQueries.Plain(French.InTable(undated)));
        Assert.Equal("non datée, entre septembre 2023 et le 15 avril 2024", ElementQueries.Plain(French.Of(undated)));
        Assert.Equal(French.Of(dated), French.InTable(dated));
    }

    [Fact]
    public void A_window_names_a_day_with_the_article_French_wants_and_undated_agrees_with_declaration()
    {
        var window = Edtf.Between(Edtf.Month(2023, 9), Edtf.Day(2024, 4, 15));

        Assert.Equal("non datée, entre septembre 2023 et le 15 avril 2024", ElementQueries.Plain(French.Undated(window)));
        Assert.Equal("undated, between September 2023 and 15 April 2024", ElementQueries.Plain(English.Undated(window)));

        // An approximate start reads in a sentence too: not "entre vers décembre 2022".
        var approximate = Edtf.Between(Edtf.Month(2022, 12, DateQualifiers.Approximate), Edtf.Day(2024, 4, 15));
        Assert.Equal("non datée, entre décembre 2022 environ et le 15 avril 2024", ElementQueries.Plain(French.Undated(approximate)));
    }

    private static string Label(DateLabels labels, DateValue value) => ElementQueries.Plain(labels.Format(value));
}
