using BriefBuilder.Composition.Sections;
using BriefBuilder.Composition.Styling;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Sections;

public class StanceMarkerTests
{
    [Fact]
    public void Each_of_the_first_six_stances_has_its_own_shape_and_colour()
    {
        var builder = new DossierBuilder();
        foreach (var key in new[] { "a", "b", "c", "d", "e", "f" })
        {
            builder.Stance(key, key.ToUpperInvariant());
        }

        var palette = new StancePalette(builder.Build().Stances);

        Assert.Equal(6, palette.Looks.Select(l => l.Shape).Distinct().Count());
        Assert.Equal(6, palette.Looks.Select(l => l.Color).Distinct().Count());
    }

    [Fact]
    public void Markers_of_different_stances_differ_in_geometry_not_only_in_colour()
    {
        var drawings = Enum.GetValues<MarkerShape>()
            .Select(shape => Describe(StanceMarker.Draw(shape, 10, 10, 3, Color.Black, hollow: false)))
            .ToList();

        Assert.Equal(drawings.Count, drawings.Distinct().Count());
    }

    [Fact]
    public void A_colour_given_on_the_stances_sheet_wins_over_the_default_palette()
    {
        var dossier = new DossierBuilder().Stance("a", "A", color: "#123456").Stance("b", "B").Build();

        var palette = new StancePalette(dossier.Stances);

        Assert.Equal(new Color(0x12, 0x34, 0x56), palette.Of("a").Color);
        Assert.Equal(new Color(0xE6, 0x9F, 0x00), palette.Of("b").Color);
    }

    [Fact]
    public void The_first_two_default_colours_are_blue_and_orange_not_red_and_green()
    {
        var palette = new StancePalette(new DossierBuilder().Stance("a", "A").Stance("b", "B").Build().Stances);

        Assert.Equal([new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00)], palette.Looks.Select(l => l.Color));
    }

    [Fact]
    public void A_hollow_marker_is_white_inside_and_outlined_in_the_stance_colour()
    {
        var color = new Color(0, 0x72, 0xB2);

        var shape = Assert.Single(StanceMarker.Draw(MarkerShape.Square, 5, 5, 3, color, hollow: true));

        var square = Assert.IsType<RectangleShape>(shape);
        Assert.Equal(Color.White, square.Fill);
        Assert.Equal(color, square.Stroke!.Color);
    }

    [Fact]
    public void A_marker_element_is_a_figure_named_for_its_stance()
    {
        var palette = new StancePalette(new DossierBuilder().Stance("a", "Recognises").Build().Stances);

        Assert.Equal("Recognises", StanceMarker.Element(palette.Of("a"), 8).AltText);
    }

    private static string Describe(IReadOnlyList<Shape> shapes) => string.Join(";", shapes.Select(s => s switch
    {
        PolygonShape p => $"polygon:{p.Points.Count}:{string.Join(",", p.Points.Select(pt => $"{pt.X:0.0}/{pt.Y:0.0}"))}",
        _ => s.GetType().Name,
    }));
}
