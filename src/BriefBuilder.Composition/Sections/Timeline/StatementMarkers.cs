using BriefBuilder.Composition.Sections.Charts;
using BriefBuilder.Dates;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>Statements dated to within a month: each its stance's marker at its date with its ID beside it (before it near
/// the axis's end), on as few rows above the axis as keep every marker and label apart, so markers stack rather than
/// overlap and no label is cut. Past <see cref="MaxRows"/> rows the IDs are left out and the markers alone stacked,
/// closer when they must be: a graphic of hundreds of statements cannot name each, and never names one wrongly.</summary>
internal sealed class StatementMarkers
{
    public const double Radius = 3.2;
    private const double RowStep = 8.5;
    private const int MaxRows = 10;
    private const double MaxLaneHeight = 84;
    private const double LabelGap = 1.5;

    private readonly BriefContext _context;
    private readonly IReadOnlyList<Placed> _placed;

    private StatementMarkers(BriefContext context, IReadOnlyList<Placed> placed, int rows, bool labelled)
    {
        _context = context;
        _placed = placed;
        Rows = rows;
        Labelled = labelled;
        Rise = labelled ? RowStep : Math.Min(RowStep, MaxLaneHeight / Math.Max(1, rows));
    }

    /// <summary>True when every marker has its ID beside it.</summary>
    public bool Labelled { get; }

    public int Rows { get; }

    /// <summary>The distance between rows: a row's height, or less when unlabelled markers must be stacked closer.</summary>
    public double Rise { get; }

    /// <summary>How far above the axis the highest marker reaches.</summary>
    public double Height => Rows == 0 ? 0 : 2.5 + (2 * Radius) + ((Rows - 1) * Rise);

    /// <summary>Whether any marker is hollow (an approximate or uncertain date).</summary>
    public bool AnyHollow => _placed.Any(p => p.Entry.IsFuzzy);

    /// <summary>The statements whose IDs the markers print.</summary>
    public IEnumerable<Claim> Identified => Labelled ? _placed.Select(p => p.Entry.Claim!) : [];

    /// <summary>The markers, named by ID when <paramref name="ids"/> and no more than <see cref="MaxRows"/> rows are needed.</summary>
    public static StatementMarkers Place(BriefContext context, MonthAxis axis, IReadOnlyList<TimelineEntry> points, bool ids = true)
    {
        // A label only widens its marker's span, and labelled spans keep a wider gap, so the labelled markers need at least
        // as many rows as the bare ones: past MaxRows bare, the IDs (each measured) need not be tried.
        var ordered = StatementId.InOrder(points, p => p.Claim!.Id).ToList();
        var (placed, rows) = Stack(context, axis, ordered, labelled: false);
        if (ids && rows <= MaxRows)
        {
            var named = Stack(context, axis, ordered, labelled: true);
            if (named.Rows <= MaxRows)
            {
                return new StatementMarkers(context, named.Placed, named.Rows, labelled: true);
            }
        }

        return new StatementMarkers(context, placed, rows, labelled: false);
    }

    public IEnumerable<Shape> Draw(double axisY)
    {
        var style = _context.Styles.Chart;
        foreach (var (entry, x, row, labelBefore) in _placed)
        {
            var look = _context.Palette.Of(entry.Claim!.StanceKey);
            var y = axisY - Radius - 2.5 - (row * Rise);
            foreach (var shape in StanceMarker.Draw(look.Shape, x, y, Radius, look.Color, entry.IsFuzzy))
            {
                yield return shape;
            }

            if (Labelled)
            {
                // The baseline a little under the marker's centre, so the ID's capitals and figures stand level with it.
                yield return labelBefore
                    ? new LabelShape(x - Radius - LabelGap, y + 2.7, entry.Claim.Id, style, TextAlignment.Right)
                    : new LabelShape(x + Radius + LabelGap, y + 2.7, entry.Claim.Id, style, TextAlignment.Left);
            }
        }
    }

    // Each marker (and its label) on the lowest row where it overlaps nothing, in order of where it starts (then of ID).
    private static (IReadOnlyList<Placed> Placed, int Rows) Stack(BriefContext context, MonthAxis axis, IReadOnlyList<TimelineEntry> ordered, bool labelled)
    {
        var spans = ordered
            .Select(entry =>
            {
                var x = Math.Clamp(Middle(axis, entry.Date!), axis.Left + Radius, axis.Right - Radius);
                var label = labelled ? LabelGap + ChartText.Width(context, entry.Claim!.Id, context.Styles.Chart) : 0;
                var before = x + Radius + label > axis.Right + 4;
                return new Extent(entry, x, before, before ? x - Radius - label : x - Radius, before ? x + Radius : x + Radius + label);
            })
            .OrderBy(s => s)
            .ToList();
        var rows = new BarRows(labelled ? 2.5 : 0.5);
        var placed = spans.Select(s => new Placed(s.Entry, s.X, rows.Place(s.Start, s.End), s.Before)).ToList();
        return (placed, rows.Count);
    }

    private static double Middle(MonthAxis axis, DateValue date) => (axis.X(date.Earliest) + axis.XAfter(date.Latest)) / 2;

    private sealed record Placed(TimelineEntry Entry, double X, int Row, bool LabelBefore);

    // Where a marker and its label reach, in order of where they start. A class, not a value tuple: sorting tuples by a
    // number ran on code the runtime compiled at every start.
    private sealed record Extent(TimelineEntry Entry, double X, bool Before, double Start, double End) : IComparable<Extent>
    {
        public int CompareTo(Extent? other) => other is null ? 1 : Start.CompareTo(other.Start);
    }
}
