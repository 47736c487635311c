using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Dates;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Sections.Timeline;

public class TimelineGraphicTests
{
    [Fact]
    public void The_alt_text_says_the_period_and_the_statements_per_stance()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var canvas = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection));

        Assert.Equal(
            "Timeline, September 2023 to April 2024: 3 statements of the stance “Recognises forced displacement” and 3 of the stance “Disputes or withholds the term”, by month; 2 events shown as bars.",
            ElementQueries.Plain(canvas.AltText));
    }

    [Fact]
    public void The_alt_text_follows_the_language()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), language: "hy");

        var canvas = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection));

        Assert.StartsWith("Ժամանակագրություն, սեպտեմբեր 2023 թ. – ապրիլ 2024 թ.՝ 3 հայտարարություն «", ElementQueries.Plain(canvas.AltText));
    }

    [Fact]
    public void The_graphic_fits_the_page_width()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var canvas = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection));

        Assert.Equal(context.ContentWidth, canvas.Width);
        Assert.All(canvas.Shapes.OfType<LabelShape>(), label => Assert.InRange(label.X, 0, canvas.Width));
    }

    [Fact]
    public void Every_month_from_the_first_to_the_last_entry_is_labelled_on_the_axis()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var labels = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection)).Shapes.OfType<LabelShape>().Select(l => l.Text).ToList();

        Assert.Equal(["Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr"], labels.Where(l => l.Length == 3));
        Assert.Contains("2023", labels);
        Assert.Contains("2024", labels);
    }

    [Fact]
    public void Claims_on_the_same_day_stack_instead_of_overlapping()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One")
            .Claim("C01", Edtf.On(2023, 10, 5), "a", "I01")
            .Claim("C02", Edtf.On(2023, 10, 5), "a", "I01")
            .Claim("C03", Edtf.On(2023, 10, 5), "a", "I01")
            .Build();
        var context = TestBriefs.Context(dossier);

        var markers = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection)).Shapes.OfType<EllipseShape>().ToList();

        Assert.Equal(3, markers.Count);
        Assert.Single(markers.Select(m => m.CenterX).Distinct());
        Assert.Equal(3, markers.Select(m => m.CenterY).Distinct().Count());
        Assert.All(markers.Zip(markers.Skip(1)), pair => Assert.True(Math.Abs(pair.First.CenterY - pair.Second.CenterY) >= 2 * pair.First.RadiusY));
    }

    [Fact]
    public void Uncertain_or_approximate_claims_are_hollow_markers()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One")
            .Claim("C01", Edtf.On(Edtf.Day(2023, 10, 5)), "a", "I01")
            .Claim("C02", Edtf.On(Edtf.Day(2023, 11, 5, DateQualifiers.Uncertain)), "a", "I01")
            .Build();
        var context = TestBriefs.Context(dossier);

        var markers = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection)).Shapes.OfType<EllipseShape>().OrderBy(m => m.CenterX).ToList();

        Assert.Equal(context.Palette.Of("a").Color, markers[0].Fill);
        Assert.Equal(Color.White, markers[1].Fill);
        Assert.Equal(context.Palette.Of("a").Color, markers[1].Stroke!.Color);
    }

    [Fact]
    public void Events_and_intervals_are_bars_spanning_their_dates()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One")
            .Claim("C01", Edtf.On(2023, 9, 1), "a", "I01")
            .Event("E01", Edtf.Between(Edtf.Day(2023, 10, 1), Edtf.Day(2023, 10, 31)), "Blockade")
            .Build();
        var context = TestBriefs.Context(dossier);
        var canvas = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection));
        var axis = new MonthAxis(new DateOnly(2023, 9, 1), new DateOnly(2023, 10, 31), 4, context.ContentWidth - 8);

        var bar = Assert.Single(canvas.Shapes.OfType<RectangleShape>());

        Assert.Equal(axis.X(new DateOnly(2023, 10, 1)), bar.X, 3);
        Assert.Equal(axis.XAfter(new DateOnly(2023, 10, 31)), bar.X + bar.Width, 3);
        Assert.Contains(canvas.Shapes.OfType<LabelShape>(), l => l.Text == "Blockade");
    }

    [Fact]
    public void An_approximate_interval_end_fades_out_in_lighter_steps()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One")
            .Event("E01", Edtf.Between(Edtf.Day(2023, 10, 1), Edtf.Month(2023, 12, DateQualifiers.Approximate)), "Blockade")
            .Build();
        var context = TestBriefs.Context(dossier);

        // The white ground under a label set on its bar aside.
        var bars = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection)).Shapes.OfType<RectangleShape>()
            .Where(r => !(r.Fill == Color.White && r.Stroke is null)).ToList();

        Assert.Equal(4, bars.Count);
        Assert.Equal(4, bars.Select(b => b.Fill).Distinct().Count());
    }

    [Fact]
    public void Overlapping_bars_go_on_separate_rows()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One")
            .Event("E01", Edtf.Between(Edtf.Day(2023, 10, 1), Edtf.Day(2023, 10, 20)), "First")
            .Event("E02", Edtf.Between(Edtf.Day(2023, 10, 10), Edtf.Day(2023, 10, 30)), "Second")
            .Build();
        var context = TestBriefs.Context(dossier);

        var bars = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection)).Shapes.OfType<RectangleShape>().ToList();

        Assert.Equal(2, bars.Select(b => b.Y).Distinct().Count());
    }
}
