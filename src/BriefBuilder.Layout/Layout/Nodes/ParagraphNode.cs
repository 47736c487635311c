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
    private readonly bool _ownsStructure;
    private double _linesFor = double.NaN;
    private LineGeometry? _geometry;
    private int _next;

    // Between passes a paragraph keeps only its lines' geometry; the lines themselves, and a painter for them, exist
    // while a painted page draws the paragraph, so a long document holds the lines of the pages under way.
    private List<TextLine>? _lines;
    private TextLinePainter? _painter;

    /// <param name="ownsStructure">True when the structure node is the paragraph's alone (a P, a heading), not shared with
    /// other content (a table cell's): drawn whole, the paragraph says it is complete.</param>
    public ParagraphNode(ShapedText text, ParagraphStyle? style, StructNode? structure, string kind, bool unbreakable = false, bool ownsStructure = false)
    {
        _text = text;
        _ownsStructure = ownsStructure;
        _style = style ?? ParagraphStyle.Default;
        _unbreakable = unbreakable;
        Structure = structure;
        Kind = kind;
    }

    public StructNode? Structure { get; }

    /// <summary>The box kind reported for this paragraph (Paragraph, H1, TocEntry, …).</summary>
    public string Kind { get; }

    public string FirstWords => _text.FirstWords;

    // Found when first laid out, not when the node is made: it asks the text's styles, so the text is shaped then.
    private double MeasureWidth => _text.MeasureWidthOf(_style.Measure);

    public override SpacePlan Measure(Space space) => Plan(space).Plan;

    public override void Draw(PageCanvas canvas, double x, double y, Space space)
    {
        var (plan, before, count) = Plan(space);
        if (!plan.Draws)
        {
            if (plan.Kind == PlanKind.Empty)
            {
                _next = _geometry?.Count ?? 0;
                LetGo();
            }

            return;
        }

        if (!canvas.Dry)
        {
            Paint(canvas, x, y + before, space.Width, plan.Width, count);
        }

        _next += count;
        if (_next == _geometry!.Count)
        {
            // Drawn whole: later passes need only the geometry, and a painted pass shapes and breaks the text again.
            LetGo();
            if (_ownsStructure)
            {
                canvas.Complete(Structure);
            }
        }
    }

    // The lines are kept broken for the last width: the next pass offers the same widths.
    public override void Restart() => _next = 0;

    public override (double Min, double Max) IntrinsicWidth()
    {
        var (min, max) = _text.IntrinsicWidth;
        var indent = Math.Max(_style.FirstLineIndent, _style.HangingIndent);
        var widths = (min + indent, Math.Max(min, Math.Min(max, MeasureWidth)) + indent);

        // A table sizes its columns from every cell before it draws the first row: kept shaped until drawn, the units of
        // a 100,000-row table would all be held at once (about 350 MB). Shaped again when first broken into lines.
        if (_lines is null)
        {
            _text.Release();
        }

        return widths;
    }

    private (SpacePlan Plan, double Before, int Count) Plan(Space space)
    {
        var lines = GeometryFor(Math.Min(space.Width, MeasureWidth));
        var remaining = lines.Count - _next;
        if (remaining <= 0)
        {
            return (SpacePlan.Empty, 0, 0);
        }

        var before = _next == 0 && !space.AtPageTop ? _style.SpaceBefore : 0;
        var room = space.Height - before;
        var fit = 0;
        var height = 0.0;
        while (fit < remaining && height + lines.HeightOf(_next + fit) <= room + 1e-6)
        {
            height += lines.HeightOf(_next + fit);
            fit++;
        }

        var width = lines.WidestFrom(_next);

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
            height += lines.HeightOf(i);
        }

        return (SpacePlan.Partial(width, before + height), before, allowed);
    }

    private void Paint(PageCanvas canvas, double x, double top, double spaceWidth, double planWidth, int count)
    {
        if (_lines is null)
        {
            _lines = _text.BorrowLines();
            Break(_text, LineMeasureFor(_linesFor), _lines);
        }

        _painter ??= new TextLinePainter(_text, _style, Structure);
        var partTop = top;
        for (var i = _next; i < _next + count; i++)
        {
            var line = _lines[i];
            _painter.Paint(canvas, line, x, top, Math.Min(spaceWidth, MeasureWidth));
            top += line.Height;
        }

        if (canvas.WantsBoxes)
        {
            canvas.Box(Kind, x, partTop, planWidth, top - partTop, _next == 0 ? _text.FirstWords : "… " + _painter.TextOf(_lines[_next]));
        }
    }

    private void LetGo()
    {
        if (_lines is not null)
        {
            _text.GiveBackLines(_lines);
            _lines = null;
        }

        _painter = null;
        _text.Release();
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

    private LineGeometry GeometryFor(double width)
    {
        if (_geometry is not null && (width.Equals(_linesFor) || _next > 0))
        {
            // The same width again, or a paragraph continuing on a page of another width (a table cell keeps its width;
            // a body does not change width between pages).
            return _geometry;
        }

        _linesFor = width;
        _geometry = _text.GeometryFor(LineMeasureFor(width), Break);
        _lines = null;
        return _geometry;
    }

    // Made again when painting rather than kept (48 bytes on each of a few hundred thousand paragraphs): the same width
    // and style give the same measure.
    private LineMeasure LineMeasureFor(double width) =>
        new(width - _style.FirstLineIndent, width - _style.HangingIndent, _style.FirstLineIndent, _style.HangingIndent, _style.LineHeight, _style.Balance);

    private static void Break(ShapedText text, LineMeasure m, List<TextLine> lines)
    {
        if (m.Balance && m.FirstIndent == 0 && m.OtherIndent == 0)
        {
            lines.AddRange(BalancedBreaker.Break(text, m.FirstWidth));
        }
        else
        {
            LineBreaker.BreakInto(lines, text, m.FirstWidth, m.OtherWidth, m.FirstIndent, m.OtherIndent);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            lines[i] = TextLinePainter.WithMetrics(text, m.LineHeight, lines[i]);
        }
    }
}
