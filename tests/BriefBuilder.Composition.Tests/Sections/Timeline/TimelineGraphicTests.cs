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

        var canvas = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection)).Canvas;

        Assert.Equal(
            "Timeline, September 2023 to April 2024: 3 statements of the stance “Recognises forced displacement” and 3 of the stance “Disputes or withholds the term”, by month; 2 events shown as bars.",
            ElementQueries.Plain(canvas.AltText));
    }

    [Fact]
    public void The_alt_text_follows_the_language()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), language: "hy");

        var canvas = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection)).Canvas;

        Assert.StartsWith("Ժամանակագրություն, սեպտեմբեր 2023 թ. – ապրիլ 2024 թ.՝ 3 հայտարարություն «", ElementQueries.Plain(canvas.AltText));
    }

    [Fact]
    public void The_graphic_fits_the_page_width()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var canvas = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection)).Canvas;

        Assert.Equal(context.ContentWidth, canvas.Width);
        Assert.All(canvas.Shapes.OfType<LabelShape>(), label => Assert.InRange(label.X, 0, canvas.Width));
    }

    [Fact]
    public void Every_month_from_the_first_to_the_last_entry_is_labelled_on_the_axis()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var labels = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection)).Canvas.Shapes.OfType<LabelShape>().Select(l => l.Text).ToList();

        var ids = context.Selection.Claims.Select(c => c.Id).ToHashSet();

        Assert.Equal(["Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr"], labels.Where(l => l.Length == 3 && !ids.Contains(l)));
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

        var markers = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection)).Canvas.Shapes.OfType<EllipseShape>().ToList();

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

        var markers = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection)).Canvas.Shapes.OfType<EllipseShape>().OrderBy(m => m.CenterX).ToList();

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
        var canvas = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection)).Canvas;
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
        var bars = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection)).Canvas.Shapes.OfType<RectangleShape>()
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

        var bars = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection)).Canvas.Shapes.OfType<RectangleShape>().ToList();

        Assert.Equal(2, bars.Select(b => b.Y).Distinct().Count());
    }

    [Fact]
    public void Each_marker_is_named_by_its_id_and_no_two_labels_overlap()
    {
        var builder = new DossierBuilder().Stance("a", "A").Stance("b", "B").Institution("I01", "One");
        for (var day = 1; day <= 8; day++)
        {
            builder.Claim($"C{day:00}", Edtf.On(2023, 10, day * 3), day % 2 == 0 ? "a" : "b", "I01");
        }

        builder.Claim("C09", Edtf.On(2024, 3, 1), "a", "I01");
        var context = TestBriefs.Context(builder.Build());
        var drawing = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection));

        var labels = drawing.Canvas.Shapes.OfType<LabelShape>().Where(l => l.Text.StartsWith('C')).ToList();
        var boxes = labels.Select(l => Box(context, l)).ToList();

        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"C{n:00}"), labels.Select(l => l.Text).Order());
        Assert.Equal(9, drawing.Identified.Count);
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(Overlap(boxes[i], boxes[j]), $"{labels[i].Text} and {labels[j].Text} overlap");
            }
        }
    }

    [Fact]
    public void Past_ten_rows_markers_stack_unnamed_and_no_statement_is_said_to_be_named()
    {
        var builder = new DossierBuilder().Stance("a", "A").Institution("I01", "One");
        for (var n = 1; n <= 40; n++)
        {
            builder.Claim($"C{n:00}", Edtf.On(2023, 10, 5), "a", "I01");
        }

        var context = TestBriefs.Context(builder.Build());
        var drawing = TimelineGraphic.Compose(context, TimelineEntries.Ordered(context.Selection));

        Assert.DoesNotContain(drawing.Canvas.Shapes.OfType<LabelShape>(), l => l.Text.StartsWith('C'));
        Assert.Empty(drawing.Identified);
        Assert.Equal(40, drawing.Canvas.Shapes.OfType<EllipseShape>().Count());
    }

    private static (double Left, double Top, double Right, double Bottom) Box(Composition.Sections.BriefContext context, LabelShape label)
    {
        var width = context.Widths.Of(label.Text, label.Style);
        var left = label.Alignment == TextAlignment.Right ? label.X - width : label.X;
        return (left, label.Y - (label.Style.Size * 0.75), left + width, label.Y + (label.Style.Size * 0.2));
    }

    private static bool Overlap((double Left, double Top, double Right, double Bottom) a, (double Left, double Top, double Right, double Bottom) b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
}
