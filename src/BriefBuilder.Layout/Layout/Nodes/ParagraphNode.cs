using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Text;

namespace BriefBuilder.Layout.Layout.Nodes;

/// <summary>Rich text broken into lines for the width offered. Splits between lines across pages, keeping at least
/// MinimumOrphanLines at a page's foot and MinimumWidowLines at the next page's head; a heading never splits.</summary>
internal sealed class ParagraphNode : LayoutNode
{
    private readonly ShapedText _text;
    private readonly ParagraphStyle _style;
    private readonly bool _unbreakable;
    private readonly TextLinePainter _painter;
    private double? _measure;
    private double _linesFor = double.NaN;
    private List<TextLine> _lines = [];

    // The widest line from each line to the last (indent included), so that measuring what is left of a paragraph split
    // over many pages costs nothing per page, not a walk over every line left.
    private double[] _widestFrom = [];
    private int _next;

    public ParagraphNode(ShapedText text, ParagraphStyle? style, StructNode? structure, string kind, bool unbreakable = false)
    {
        _text = text;
        _style = style ?? ParagraphStyle.Default;
        _unbreakable = unbreakable;
        Structure = structure;
        Kind = kind;
        _painter = new TextLinePainter(_text, _style, structure);
    }

    public StructNode? Structure { get; }

    /// <summary>The box kind reported for this paragraph (Paragraph, H1, TocEntry, …).</summary>
    public string Kind { get; }

    public string FirstWords => _text.FirstWords;

    // Found when first laid out, not when the node is made: it asks the text's styles, so the text is shaped then.
    private double MeasureWidth => _measure ??= Text.MeasureWidth.Of(_text, _style.Measure);

    public override SpacePlan Measure(Space space) => Plan(space).Plan;

    public override void Draw(PageCanvas canvas, double x, double y, Space space)
    {
        var (plan, before, count) = Plan(space);
        if (!plan.Draws)
        {
            if (plan.Kind == PlanKind.Empty)
            {
                _next = _lines.Count;
                _text.Release();
            }

            return;
        }

        var top = y + before;
        var partTop = top;
        for (var i = _next; i < _next + count; i++)
        {
            var line = _lines[i];
            _painter.Paint(canvas, line, x, top, Math.Min(space.Width, MeasureWidth));
            top += line.Height;
        }

        if (canvas.WantsBoxes)
        {
            canvas.Box(Kind, x, partTop, plan.Width, top - partTop, _next == 0 ? _text.FirstWords : "… " + _painter.TextOf(_lines[_next]));
        }

        _next += count;
        if (_next == _lines.Count)
        {
            // Drawn whole: later passes need only the lines, and a painted pass shapes the text again to paint it.
            _text.Release();
        }
    }

    // The lines broken for the last width are kept: the next pass offers the same widths.
    public override void Restart() => _next = 0;

    public override (double Min, double Max) IntrinsicWidth()
    {
        var (min, max) = _text.IntrinsicWidth;
        var indent = Math.Max(_style.FirstLineIndent, _style.HangingIndent);
        return (min + indent, Math.Max(min, Math.Min(max, MeasureWidth)) + indent);
    }

    private (SpacePlan Plan, double Before, int Count) Plan(Space space)
    {
        var lines = LinesFor(Math.Min(space.Width, MeasureWidth));
        var remaining = lines.Count - _next;
        if (remaining <= 0)
        {
            return (SpacePlan.Empty, 0, 0);
        }

        var before = _next == 0 && !space.AtPageTop ? _style.SpaceBefore : 0;
        var room = space.Height - before;
        var fit = 0;
        var height = 0.0;
        while (fit < remaining && height + lines[_next + fit].Height <= room + 1e-6)
        {
            height += lines[_next + fit].Height;
            fit++;
        }

        var width = _widestFrom[_next];

        if (fit == remaining)
        {
            var after = Math.Min(_style.SpaceAfter, Math.Max(0, room - height));
            return (SpacePlan.Full(width, before + height + after), before, fit);
        }

        var allowed = _unbreakable ? 0 : AllowedLines(fit, remaining);
        if (allowed == 0)
        {
            if (!space.AtPageTop)
            {
                return (SpacePlan.Wrap(_unbreakable
                    ? "A heading does not split across pages."
                    : $"Fewer lines than the orphan and widow minimums ({_style.MinimumOrphanLines}, {_style.MinimumWidowLines}) fit here."), 0, 0);
            }

            // At the top of a page the rules cannot be met by moving on: print what fits, and at least one line.
            allowed = Math.Max(1, fit);
        }

        height = 0;
        for (var i = _next; i < _next + allowed; i++)
        {
            height += lines[i].Height;
        }

        return (SpacePlan.Partial(width, before + height), before, allowed);
    }

    // Orphan control keeps at least MinimumOrphanLines of a paragraph's start together at a page's foot;
    // widow control leaves at least MinimumWidowLines for the next page (CMOS 2.113 on widows and orphans).
    private int AllowedLines(int fit, int remaining)
    {
        var orphans = Math.Max(1, _style.MinimumOrphanLines);
        var widows = Math.Max(1, _style.MinimumWidowLines);
        var allowed = Math.Min(fit, remaining - widows);
        if (_next == 0 && allowed < orphans)
        {
            return 0;
        }

        return Math.Max(0, allowed);
    }

    private List<TextLine> LinesFor(double width)
    {
        if (width.Equals(_linesFor))
        {
            return _lines;
        }

        if (_next > 0)
        {
            // Continuing on a page of another width (a table cell keeps its width; a body does not change width between pages).
            return _lines;
        }

        _linesFor = width;
        var measure = new LineMeasure(width - _style.FirstLineIndent, width - _style.HangingIndent, _style.FirstLineIndent, _style.HangingIndent, _style.LineHeight, _style.Balance);
        _lines = _text.LinesFor(measure, static (text, m) =>
        {
            var lines = m.Balance && m.FirstIndent == 0 && m.OtherIndent == 0
                ? BalancedBreaker.Break(text, m.FirstWidth)
                : LineBreaker.Break(text, m.FirstWidth, m.OtherWidth, m.FirstIndent, m.OtherIndent);
            for (var i = 0; i < lines.Count; i++)
            {
                lines[i] = TextLinePainter.WithMetrics(text, m.LineHeight, lines[i]);
            }

            return lines;
        });

        _widestFrom = new double[_lines.Count + 1];
        _widestFrom[_lines.Count] = double.MinValue;
        for (var i = _lines.Count - 1; i >= 0; i--)
        {
            _widestFrom[i] = Math.Max(_widestFrom[i + 1], _lines[i].Width + _lines[i].Indent);
        }

        return _lines;
    }
}
