using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>Under the timeline graphic of a brief that prints no IDs beside its statements: who made each statement the
/// graphic names by ID ("C04 UNHCR · C11, C12 UN mission"), so a reader of the paper alone can go from a marker to the
/// statement's entry, where the same name stands.</summary>
internal static class StatementKey
{
    private const double Gap = 12;

    /// <summary>The key in two columns side by side (the second starting where half its text is set), or null when the
    /// brief prints IDs beside its statements or the graphic names none.</summary>
    public static Element? Compose(BriefContext context, IReadOnlyList<Claim> identified)
    {
        if (context.Template.ShowIds || identified.Count == 0)
        {
            return null;
        }

        var styles = context.Styles;
        var id = styles.Chart with { Bold = true };
        var entries = StatementId.InOrder(identified.DistinctBy(c => c.Id), c => c.Id)
            .GroupBy(c => Speakers.ShortNames(context, c))
            .Select(group => (IReadOnlyList<Span>)
            [
                // The IDs kept on the line of the name they lead to.
                new(StatementId.Ranges(group.Select(c => c.Id)).Replace(", ", ",\u00A0", StringComparison.Ordinal).Replace("\u2013", "\u2060\u2013\u2060", StringComparison.Ordinal) + "\u00A0", id),
                new(group.Key, context.ContentText(styles.Chart)),
            ])
            .ToList();
        entries[0] = [new Span(context.Labels.TimelineKey + " ", id), .. entries[0]];
        var widths = entries.Select(e => context.Widths.Of(string.Concat(e.Select(s => s.Text)), styles.Chart)).ToList();
        var half = 0;
        for (var set = 0.0; half < entries.Count && set + (widths[half] / 2) < widths.Sum() / 2; half++)
        {
            set += widths[half];
        }

        // Short entries at the graphic's scale, in two columns so that lines stay near running text's measure.
        var style = styles.Tight with { LineHeight = 1.2, Measure = 0 };
        Paragraph Column(IEnumerable<IReadOnlyList<Span>> part) =>
            new([.. part.SelectMany((entry, i) => i == 0 ? entry : [new Span("\u00A0· ", styles.ChartMuted), .. entry])], style);
        return new Padding(
            new Row([new RowCell(Column(entries.Take(half)), Width.Relative(1)), new RowCell(Column(entries.Skip(half)), Width.Relative(1))], Gap),
            new Edges(3, 0, 0, 0));
    }
}
