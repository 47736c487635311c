using BriefBuilder.Composition.Dates;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Sections.Charts;
using BriefBuilder.Composition.Styling;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Dates;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>The graphic's bars below its axis, on as few rows as keep them and their labels apart: events, statements
/// dated more vaguely than a month (filled, with their stance's marker), undated statements as hatched bands over their
/// window. A statement's bar or band names the statements it stands for by ID (unless <c>ids</c> is false), so each can
/// be found on paper.</summary>
internal sealed class TimelineBars(BriefContext context, MonthAxis axis, double top, bool ids = true)
{
    public const double BarHeight = 5;
    public const double RowStep = 10;
    private const double Fade = 9;

    private readonly BarRows _rows = new(4);
    private readonly List<Claim> _identified = [];

    public int Rows => _rows.Count;

    /// <summary>The statements whose IDs the labels print.</summary>
    public IReadOnlyList<Claim> Identified => _identified;

    /// <summary>Whether a bar was drawn with a faded or dashed end (an open, unknown, approximate or uncertain end).</summary>
    public bool AnyVagueEnd { get; private set; }

    /// <summary>Whether an event's mark was drawn dashed (an approximate or uncertain day).</summary>
    public bool AnyDashedEvent { get; private set; }

    /// <summary>One event's bar.</summary>
    public IEnumerable<Shape> Event(TimelineEntry entry) => Bar(entry.Date!, context.Styles.Muted, entry.Event!.Title, null);

    /// <summary>Statements of one stance sharing one vague date ("September 2023 to the article's date"): one bar, named by their IDs.</summary>
    public IEnumerable<Shape> Statements(IReadOnlyList<Claim> claims)
    {
        var language = context.Language;
        var text = claims.Count == 1 ? Named(claims[0]) : Listed(claims, language.Quantity(claims.Count, language.Nouns.Statement));
        return Bar(claims[0].Date!, context.Palette.Of(claims[0].StanceKey).Color, text, context.Palette.Of(claims[0].StanceKey));
    }

    /// <summary>Undated statements of one stance sharing one window: one hatched band, named as undated and by their IDs.</summary>
    public IEnumerable<Shape> Undated(IReadOnlyList<Claim> claims)
    {
        var language = context.Language;
        var text = claims.Count == 1
            ? TextPattern.Fill(context.Labels.GraphicUndatedOne, ("name", Named(claims[0])))
            : Listed(claims, TextPattern.Fill(context.Labels.GraphicUndated, ("statements", language.Quantity(claims.Count, language.Nouns.Statement))));
        var look = context.Palette.Of(claims[0].StanceKey);
        var window = claims[0].Window!;
        var x1 = window.StartKind == IntervalEnd.Known ? axis.X(window.Earliest) : axis.Left;
        var x2 = window.IsInterval && window.EndKind != IntervalEnd.Known ? axis.Right : axis.XAfter(DatePlacement.LastKnown(window));
        x2 = Math.Max(x2, x1 + 3);
        var (label, labelX, align, y) = PlaceLabel(text, x1, x2);
        var shapes = new List<Shape>(Hatching.Band(x1, y, x2 - x1, BarHeight, look.Color));
        shapes.AddRange(StanceMarker.Draw(look.Shape, x1 + 3.2, y + (BarHeight / 2), 3.6, Color.White, hollow: false));
        shapes.AddRange(StanceMarker.Draw(look.Shape, x1 + 3.2, y + (BarHeight / 2), 2.7, look.Color, hollow: true));
        shapes.AddRange(Label(label, labelX, y, align));
        return shapes;
    }

    /// <summary>A bar whose vague ends fade out in three lighter steps, so the eye reads "about here" rather than a hard
    /// edge. Its outline reaches 3:1 against the paper; an event's bar is left white inside (hollow), unlike any stance's
    /// in greyscale; an unknown end trails off in a dashed line.</summary>
    public static IEnumerable<Shape> FadedBar(double x1, double x2, double y, Color color, bool fuzzyStart, bool fuzzyEnd, bool dashedEnd, bool hollow)
    {
        var fade = Math.Min(Fade, (x2 - x1) / 3);
        var solidStart = fuzzyStart ? x1 + fade : x1;
        var solidEnd = fuzzyEnd ? x2 - fade : x2;
        yield return new RectangleShape(solidStart, y, Math.Max(0.5, solidEnd - solidStart), BarHeight, hollow ? Color.White : color, new Stroke(Contrast.Edge(color), hollow ? 0.9 : 0.5));
        for (var step = 0; step < 3; step++)
        {
            var tint = BriefStyles.Mix(color, Color.White, 0.25 + (step * 0.22));
            var width = fade / 3;
            if (fuzzyStart)
            {
                yield return new RectangleShape(solidStart - ((step + 1) * width), y, width, BarHeight, tint);
            }

            if (fuzzyEnd)
            {
                yield return new RectangleShape(solidEnd + (step * width), y, width, BarHeight, tint);
            }
        }

        if (dashedEnd)
        {
            yield return new LineShape(x2, y + (BarHeight / 2), x2 + Fade, y + (BarHeight / 2), new Stroke(Contrast.Edge(color), 0.8, [1.5, 1.5]));
        }
    }

    // One statement: its ID and who made it, "C28 Luis Moreno Ocampo".
    private string Named(Claim claim)
    {
        if (!ids)
        {
            return Speakers.Names(context, claim);
        }

        _identified.Add(claim);
        return $"{claim.Id} {Speakers.Names(context, claim)}";
    }

    // Several: their count and IDs, "13 statements, undated: C13–C23, C29, C30"; the count alone when the label would take
    // more than three quarters of the width (a dossier of hundreds), for a label is never cut.
    private string Listed(IReadOnlyList<Claim> claims, string count)
    {
        var text = TextPattern.Fill(context.Labels.GraphicStatementIds, ("statements", count), ("ids", StatementId.Ranges(claims.Select(c => c.Id))));
        if (!ids || ChartText.Width(context, text, context.Styles.Chart) > context.ContentWidth * 0.75)
        {
            return count;
        }

        _identified.AddRange(claims);
        return text;
    }

    private IEnumerable<Shape> Bar(DateValue date, Color color, string text, StanceLook? look)
    {
        var x1 = date.StartKind == IntervalEnd.Known ? axis.X(date.Earliest) : axis.Left;
        var x2 = date.EndKind switch
        {
            IntervalEnd.Open when date.IsInterval => axis.Right,
            _ => axis.XAfter(DatePlacement.LastKnown(date)),
        };
        x2 = Math.Max(x2, x1 + 3);
        var dashedEnd = date.IsInterval && date.EndKind == IntervalEnd.Unknown;
        var (label, labelX, align, y) = PlaceLabel(text, x1, x2 + (dashedEnd ? Fade : 0));

        var fuzzyStart = date.StartKind != IntervalEnd.Known || (date.Start is { } s && (s.IsApproximate || s.IsUncertain));
        var fuzzyEnd = date.IsInterval
            ? date.EndKind != IntervalEnd.Known || (date.End is { } e && (e.IsApproximate || e.IsUncertain))
            : fuzzyStart;
        var shapes = new List<Shape>();
        if (!date.IsInterval && fuzzyStart && x2 - x1 < 2 * Fade)
        {
            AnyDashedEvent = true;
            shapes.AddRange(EventMarker.Draw(x1, y, x2 - x1, BarHeight, color, fuzzy: true));
        }
        else
        {
            AnyVagueEnd |= fuzzyStart || fuzzyEnd || dashedEnd;
            shapes.AddRange(FadedBar(x1, x2, y, color, fuzzyStart, fuzzyEnd, dashedEnd, hollow: look is null));
        }

        // A statement's bar starts with its stance's marker, so shape as well as colour tells the stance.
        if (look is not null)
        {
            shapes.AddRange(StanceMarker.Draw(look.Shape, x1 + 3.2, y + (BarHeight / 2), 3.6, Color.White, hollow: false));
            shapes.AddRange(StanceMarker.Draw(look.Shape, x1 + 3.2, y + (BarHeight / 2), 2.7, look.Color, hollow: false));
        }

        shapes.AddRange(Label(label, labelX, y, align));
        return shapes;
    }

    // A bar's label goes after its end (up to 30 % of the width), before its start, or on the bar itself past its
    // marker, on white: whichever of those that holds it whole lets the bar take the lowest row free of other bars and
    // labels, after before before and before on the bar when rows are equal. Never cut with "…".
    private (string Label, double X, TextAlignment Align, double Y) PlaceLabel(string text, double start, double end)
    {
        var full = ChartText.Width(context, text, context.Styles.Chart);
        // On the bar, moved left as far as it must to end within the axis.
        var on = Math.Max(axis.Left, Math.Min(start + 9, axis.Right - full));
        var places = new List<(double X, TextAlignment Align, double From, double To)> { (on, TextAlignment.Center, Math.Min(start, on), Math.Max(end, on + full)) };
        if (full <= start - axis.Left - 3)
        {
            places.Insert(0, (start - 3, TextAlignment.Right, start - 3 - full, end));
        }

        if (full <= Math.Min(axis.Right - end - 3, context.ContentWidth * 0.3))
        {
            places.Insert(0, (end + 3, TextAlignment.Left, start, end + 3 + full));
        }

        var (x, align, from, to) = places.MinBy(p => _rows.Row(p.From))!;
        return (text, x, align, top + (_rows.Place(from, to) * RowStep));
    }

    // The label beside its bar; on the bar (centred alignment marks it) left-aligned over a white ground.
    private IEnumerable<Shape> Label(string label, double x, double y, TextAlignment align)
    {
        if (align == TextAlignment.Center)
        {
            yield return new RectangleShape(x - 1.5, y - 1, ChartText.Width(context, label, context.Styles.Chart) + 3, BarHeight + 2, Color.White);
            align = TextAlignment.Left;
        }

        yield return new LabelShape(x, y + BarHeight, label, context.Styles.Chart, align);
    }
}
