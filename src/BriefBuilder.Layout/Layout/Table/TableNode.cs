using BriefBuilder.Layout.Drawing;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Layout.Nodes;

namespace BriefBuilder.Layout.Layout.Table;

/// <summary>A table paged band by band. Every page part starts with the header rows (tagged TH on the first page,
/// artifacts when repeated) and, on continued pages, the "continued" caption. A band that does not fit moves to the next
/// page, unless it is taller than a page, or is the first thing under the header at a page's top: then its row splits.
/// Neither end of a table that runs over pages is a band alone on its page (<see cref="KeepTwo"/>).
/// A header taller than a page cannot repeat: it becomes the table's first rows, printed once and split like them.</summary>
internal sealed class TableNode : LayoutNode
{
    private readonly Elements.Table _table;
    private readonly TableStyle _style;
    private readonly NodeFactory _factory;
    private readonly StructNode? _structure;
    private TableBody _body;
    private bool _headerInBody;
    private readonly LayoutContext _context;
    private readonly TableColumnSizer _columns;
    private int _band;
    private int _parts;
    private int _partsBuilt = -1;
    private List<TableRowCells> _header = [];
    private readonly Func<int, TableRowCells> _headerRow;
    private readonly Func<int, TableRowCells> _bodyRow;
    private LayoutNode? _caption;

    // Draw follows a Measure with the same space (see ColumnNode); the plan is kept for it until Draw moves on.
    private (Space Space, (SpacePlan Plan, double CaptionHeight, double[] HeaderHeights, List<BandPlacement> Bands) Result)? _laid;

    public TableNode(Elements.Table table, StructNode? structure, NodeFactory factory, LayoutContext context)
    {
        TableValidator.Validate(table);
        _table = table;
        _style = table.Style ?? TableStyle.Default;
        _factory = factory;
        _structure = structure;
        _context = context;
        _body = new TableBody(new TableGrid(table.Rows, table.Columns.Count), null, structure, factory, _style.CellPadding);
        _headerRow = r => _header[r];
        _bodyRow = r => _body[r];
        _columns = new TableColumnSizer(table, context.TableWidths, () =>
        {
            BuildPart();
            return _header.SelectMany(r => r.Cells).Concat(_body.EachCell());
        });
    }

    public override SpacePlan Measure(Space space) => LayOnce(space).Plan;

    public override void Draw(PageCanvas canvas, double x, double y, Space space)
    {
        var (plan, captionHeight, headerHeights, bands) = LayOnce(space);
        _laid = null;
        if (!plan.Draws)
        {
            return;
        }

        var widths = _columns.WidthsFor(space.Width);
        var top = y;
        if (_caption is not null && captionHeight > 0)
        {
            _caption.Draw(canvas, x, top, new Space(space.Width, captionHeight, space.AtPageTop));
            top += captionHeight;
        }

        TablePainter.Rule(canvas, _style.HeaderTopRule, x, top, space.Width);
        for (var h = 0; h < _header.Count; h++)
        {
            TablePainter.Row(canvas, _header[h], headerHeights, h, h + 1, x, top, widths, headerHeights[h], false, "TableHeader", null);
            top += headerHeights[h];
        }

        if (_header.Count > 0)
        {
            TablePainter.Rule(canvas, _style.HeaderBottomRule, x, top, space.Width);
        }

        var firstRow = true;
        foreach (var band in bands)
        {
            var (first, last) = _body.Bands[band.Band];
            var rowTop = top;
            var drawnRows = band.Split ? 1 : last - first + 1;
            for (var r = 0; r < drawnRows; r++)
            {
                if (!firstRow)
                {
                    TablePainter.Rule(canvas, _style.RowRule, x, rowTop, space.Width);
                }

                var row = _body[first + r];
                var zebra = row.Index % 2 == 1 ? _style.ZebraFill : null;
                TablePainter.Row(canvas, row, band.Heights, r, band.Heights.Length, x, rowTop, widths, band.Room - (rowTop - top), band.AtPageTop, "TableRow", row.Background ?? zebra);
                rowTop += band.Heights[r];
                firstRow = false;
            }

            if (!band.Split)
            {
                // The band's rows are drawn whole, row-spanning cells included.
                for (var r = first; r <= last; r++)
                {
                    canvas.Complete(_body[r].Structure);
                }
            }

            top = rowTop;
        }

        TablePainter.Rule(canvas, _style.BottomRule, x, top, space.Width);
        if (canvas.WantsBoxes)
        {
            canvas.Box("Table", x, y, space.Width, top - y, _parts == 0 ? FirstWords() : "(continued) " + FirstWords());
        }

        if (bands.Count > 0)
        {
            var lastBand = bands[^1];
            _band = lastBand.Split ? lastBand.Band : lastBand.Band + 1;
        }

        if (_band >= _body.Bands.Count)
        {
            canvas.Complete(_structure);
        }

        // Rows above the next band are drawn whole: their nodes go, and the next page makes the rows it reaches.
        _body.LetGoBefore(_band < _body.Bands.Count ? _body.Bands[_band].First : _body.Count);
        _parts++;
    }

    public override void Restart()
    {
        _band = 0;
        _parts = 0;
        _partsBuilt = -1;
        _header = [];
        _caption = null;
        _laid = null;

        _columns.Restart();
        _body.Restart();
    }

    public override (double Min, double Max) IntrinsicWidth() => _columns.IntrinsicTotal();

    private (SpacePlan Plan, double CaptionHeight, double[] HeaderHeights, List<BandPlacement> Bands) LayOnce(Space space)
    {
        if (_laid is not { } laid || laid.Space != space)
        {
            laid = (space, Lay(space));
            _laid = laid;
        }

        return laid.Result;
    }

    private (SpacePlan Plan, double CaptionHeight, double[] HeaderHeights, List<BandPlacement> Bands) Lay(Space space)
    {
        if (_band >= _body.Bands.Count && (_parts > 0 || _body.Bands.Count == 0 && _table.HeaderRows.Count == 0))
        {
            return (SpacePlan.Empty, 0, [], []);
        }

        BuildPart();
        var widths = _columns.WidthsFor(space.Width);
        var used = 0.0;
        var captionHeight = 0.0;
        if (_caption is not null)
        {
            var caption = _caption.Measure(space);
            if (caption.Kind != PlanKind.FullRender)
            {
                return (SpacePlan.Wrap("The table's continued caption does not fit."), 0, [], []);
            }

            captionHeight = caption.Height;
            used += captionHeight;
        }

        var headerHeights = new double[_header.Count];
        for (var h = 0; h < _header.Count; h++)
        {
            var heights = TableBands.MeasureWhole(_headerRow, h, 1, widths, space.Height - used, space.AtPageTop, MinimumRow);
            if (heights is null && space.AtPageTop && _parts == 0 && _band == 0)
            {
                FoldHeaderIntoBody();
                return Lay(space);
            }

            if (heights is null)
            {
                return (SpacePlan.Wrap("The table's header does not fit."), 0, [], []);
            }

            headerHeights[h] = heights[0];
            used += heights[0];
        }

        var bands = PlaceBands(space, widths, ref used, captionHeight + headerHeights.Sum());
        if (bands.Count == 0 && _body.Bands.Count > 0 && _band < _body.Bands.Count)
        {
            return (SpacePlan.Wrap("The table's next row does not fit below its header."), 0, [], bands);
        }

        var complete = bands.Count == 0 ? _band >= _body.Bands.Count : !bands[^1].Split && bands[^1].Band == _body.Bands.Count - 1;
        var plan = complete ? SpacePlan.Full(space.Width, used) : SpacePlan.Partial(space.Width, used);
        return (plan, captionHeight, headerHeights, bands);
    }

    private List<BandPlacement> PlaceBands(Space space, double[] widths, ref double used, double furnitureHeight)
    {
        var bands = new List<BandPlacement>();
        for (var b = _band; b < _body.Bands.Count; b++)
        {
            var (first, last) = _body.Bands[b];
            var count = last - first + 1;
            var room = space.Height - used;
            var atTop = space.AtPageTop && bands.Count == 0;
            var whole = TableBands.MeasureWhole(_bodyRow, first, count, widths, room, atTop, MinimumRow);
            if (whole is not null)
            {
                bands.Add(new BandPlacement(b, whole, room, atTop, false));
                used += whole.Sum();
                continue;
            }

            var tallerThanPage = TableBands.MeasureWhole(_bodyRow, first, count, widths, _context.BodyHeight - furnitureHeight, true, MinimumRow) is null;
            if ((atTop || tallerThanPage) && TrySplit(b, _body[first], count, widths, room, atTop) is { } split)
            {
                bands.Add(split);
                used += split.Heights.Sum();
            }

            break;
        }

        return TableEnds.KeepTwo(bands, _body.Bands.Count, firstPart: _band == 0 && _parts == 0, space.AtPageTop, ref used);
    }

    private BandPlacement? TrySplit(int band, TableRowCells firstRow, int rows, double[] widths, double room, bool atTop)
    {
        if (rows > 1)
        {
            _context.Warn($"A group of {rows} table rows joined by row spans is taller than a page and was split after its first row, in the table beginning \"{FirstWords()}\".");
        }

        var height = TableBands.MeasureSplit(firstRow, widths, room, atTop);
        return height is null ? null : new BandPlacement(band, [height.Value], room, atTop, Split: true);
    }

    // The header does not fit on an empty page: its rows go first in the body, tagged TH as before, and are not
    // repeated. The choice depends only on the widths and the page, so every later pass makes it again; it is kept.
    private void FoldHeaderIntoBody()
    {
        _context.Warn($"A table's header is taller than a page: it is printed once, not repeated on each page, in the table beginning \"{FirstWords()}\".");
        var columns = _table.Columns.Count;
        _body = new TableBody(new TableGrid(_table.Rows, columns), new TableGrid(_table.HeaderRows, columns), _structure, _factory, _style.CellPadding);
        _headerInBody = true;
        _partsBuilt = -1;
        _header = [];
    }

    // The header and caption nodes are drawn once per page part, so each part gets fresh ones; only the first part's
    // header is tagged (TH), repeats are artifacts (PDF/UA: repeated content is pagination, not content).
    private void BuildPart()
    {
        if (_partsBuilt == _parts)
        {
            return;
        }

        _partsBuilt = _parts;
        if (_headerInBody)
        {
            _caption = _parts > 0 && _table.ContinuedCaption is { } continued ? _factory.Create(continued, null) : null;
            return;
        }

        var headerStructure = _parts == 0 ? _structure : null;
        _header = TableRowCells.MakeAll(new TableGrid(_table.HeaderRows, _table.Columns.Count), headerStructure, header: true, _factory, _style.CellPadding);
        _caption = _parts > 0 && _table.ContinuedCaption is { } caption ? _factory.Create(caption, null) : null;
    }

    private double MinimumRow => _style.CellPadding.Top + _style.CellPadding.Bottom;

    private string FirstWords() => _body.Count > 0 ? _body[0].FirstWords : string.Join(" ", _table.HeaderRows.SelectMany(r => r.Cells).Select(c => ElementText.FirstWords(c.Content)));
}
