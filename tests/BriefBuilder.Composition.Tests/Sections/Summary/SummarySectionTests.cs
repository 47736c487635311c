using BriefBuilder.Composition.Sections.Summary;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Dates;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Sections.Summary;

public class SummarySectionTests
{
    [Fact]
    public void The_bottom_line_comes_first_then_stances_as_chart_and_text_then_the_most_recent_statements()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var section = SummarySection.Compose(context, new SummarySpec(Chart: true, Recent: 2));

        var text = ElementQueries.Plain(section.Text());
        var order = new[] { "Bottom line", "Two camps disagree.", "Statements by stance", "Recognises forced displacement: 3 (50%) and Disputes or withholds the term: 3 (50%).", "Most recent statements" }
            .Select(t => text.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Single(section.All<Canvas>(), c => c.AltText.StartsWith("Bar chart of statements by stance", StringComparison.Ordinal));
    }

    [Fact]
    public void The_most_recent_statements_are_newest_first_keeping_workbook_order_on_a_shared_date()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One")
            .Claim("C01", Edtf.On(2023, 10, 1), "a", "I01")
            .Claim("C02", Edtf.On(2023, 12, 1), "a", "I01")
            .Claim("C03", Edtf.On(2023, 12, 1), "a", "I01")
            .Claim("C04", Edtf.On(2023, 11, 1), "a", "I01")
            .Build();

        var recent = SummarySection.MostRecent(TestBriefs.Context(dossier), 3).Select(e => e.Id);

        Assert.Equal(["C02", "C03", "C04"], recent);
    }

    [Fact]
    public void An_open_ended_statement_counts_as_recent_from_its_start_not_as_the_latest_of_all()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One")
            .Claim("C01", Edtf.From(Edtf.Day(2023, 10, 1)), "a", "I01")
            .Claim("C02", Edtf.On(2024, 4, 15), "a", "I01")
            .Build();

        var recent = SummarySection.MostRecent(TestBriefs.Context(dossier), 2).Select(e => e.Id);

        Assert.Equal(["C02", "C01"], recent);
    }

    [Fact]
    public void The_chart_draws_one_bar_per_stance_scaled_to_the_largest_count()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Stance("b", "B").Institution("I01", "One")
            .Claim("C01", Edtf.On(2023, 10, 1), "a", "I01")
            .Claim("C02", Edtf.On(2023, 10, 2), "a", "I01")
            .Claim("C03", Edtf.On(2023, 10, 3), "b", "I01")
            .Build();

        var chart = SummarySection.Compose(TestBriefs.Context(dossier), new SummarySpec(Recent: 0)).All<Canvas>().Single();

        // The second stance's marker is a square; bars are the wide rectangles.
        var bars = chart.Shapes.OfType<RectangleShape>().Where(r => r.Width > r.Height).ToList();
        Assert.Equal(2, bars.Count);
        Assert.Equal(bars[0].Width / 2, bars[1].Width, 3);
    }
}
