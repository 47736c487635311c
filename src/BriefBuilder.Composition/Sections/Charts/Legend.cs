using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Styling;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Charts;

/// <summary>The key to markers wherever they appear without words beside them (BRIEF-DESIGN: a legend wherever the markers appear).</summary>
internal static class Legend
{
    private const double Size = 8;
    private const int PerRow = 3;

    public static Element Compose(BriefContext context, IEnumerable<StanceLook> stances, bool events, bool fuzzy, bool undated = false, bool vagueEnds = false)
    {
        var styles = context.Styles;
        var items = stances.Select(look => new Item(StanceMarker.Element(look, Size), look.Stance.Label, true)).ToList();
        if (events)
        {
            items.Add(new(EventMarker.Element(Size, styles.Muted, false, context.Labels.LegendEvent), context.Labels.LegendEvent, false));
        }

        if (fuzzy)
        {
            var first = context.Palette.Looks.FirstOrDefault();
            Element hollow = first is null
                ? EventMarker.Element(Size, styles.Muted, true, context.Labels.LegendFuzzy)
                : new Canvas(Size, Size, StanceMarker.Draw(MarkerShape.Circle, Size / 2, Size / 2, Size * 0.39, styles.Muted, hollow: true), context.Labels.LegendFuzzy);
            items.Add(new(hollow, context.Labels.LegendFuzzy, false));
        }

        if (vagueEnds)
        {
            // A bar fading out to the right, as an open, unknown, approximate or uncertain end does, twice the swatch's width.
            var swatch = new Canvas(Size * 2, Size, [.. TimelineBars.FadedBar(0.5, (Size * 2) - 0.5, (Size - TimelineBars.BarHeight) / 2, styles.Muted, false, true, false, false)], context.Labels.LegendVagueEnd);
            items.Add(new(swatch, context.Labels.LegendVagueEnd, false));
        }

        if (undated)
        {
            items.Add(new(Hatching.Swatch(Size, styles.Muted, context.Labels.LegendUndated), context.Labels.LegendUndated, false));
        }

        var rows = items.Chunk(PerRow).Select(chunk => (Element)new Row(
        [
            .. chunk.SelectMany(item => new[]
            {
                new RowCell(new Padding(Decorative(item.Marker), new Edges(1.5, 0, 0, 0)), Width.Fixed(item.Marker is Canvas c ? c.Width : Size)),
                // Shares of the row as long as the labels, so that a row whose labels fit side by side keeps each on one line.
                new RowCell(new Paragraph([new Span(item.Text, styles.Chart)], item.Workbook ? context.ContentStyle(styles.Tight) : styles.Tight), Width.Relative(context.Widths.Of(item.Text, styles.Chart) + 12)),
            }),
        ],
            4));
        return new Padding(new Column([.. rows], 2), new Edges(4, 0, 8, 0));
    }

    // A marker and its label; Workbook when the label is the workbook's words. A class, not a value tuple: queries over
    // tuples ran on code the runtime compiled at every start.
    private sealed record Item(Element Marker, string Text, bool Workbook);

    // A swatch stands beside its label, which says it: the swatch is an artifact, not a figure repeating the label.
    private static Element Decorative(Element marker) => marker is Canvas canvas ? canvas with { AltText = string.Empty } : marker;
}
