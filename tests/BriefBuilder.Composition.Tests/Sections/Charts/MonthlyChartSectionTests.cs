using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections.Charts;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Sections.Charts;

public class MonthlyChartSectionTests
{
    [Fact]
    public void A_year_in_review_counts_statements_per_month_and_stance_for_all_twelve_months()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), options: new BriefOptions(Year: 2023));

        var table = MonthlyChartSection.Compose(context, new MonthlyChartSpec()).All<Table>().Single();

        Assert.Equal(13, table.Rows.Count);
        var october = table.Rows.Single(r => r.Cells[0].Content.Text() == "October 2023");
        Assert.Equal(["October 2023", "2", "1", "3"], october.Cells.Select(c => c.Content.Text()));
        Assert.Equal(["Total", "2", "3", "5"], table.Rows[^1].Cells.Select(c => c.Content.Text()));
    }

    [Fact]
    public void The_chart_says_what_it_shows_and_marks_each_bar_with_its_stance_s_shape()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), options: new BriefOptions(Year: 2023));

        var chart = MonthlyChartSection.Compose(context, new MonthlyChartSpec()).All<Canvas>().First(c => c.Width == context.ContentWidth);

        Assert.StartsWith("Bar chart of statements per month by stance, January 2023 to December 2023:", chart.AltText.Replace('\u00A0', ' '));
        Assert.Contains(chart.Shapes, s => s is EllipseShape);
        Assert.Contains(chart.Shapes, s => s is RectangleShape { Width: < 8 and > 4, Height: < 8 });
    }
}
