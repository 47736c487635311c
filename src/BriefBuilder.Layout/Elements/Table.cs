namespace BriefBuilder.Layout.Elements;

/// <summary>A table whose header rows repeat on every page it continues onto.
/// ContinuedCaption, when given, is printed above the repeated header on continued pages.</summary>
public sealed record Table(
    IReadOnlyList<Width> Columns,
    IReadOnlyList<TableRow> HeaderRows,
    IReadOnlyList<TableRow> Rows,
    TableStyle? Style = null,
    Paragraph? ContinuedCaption = null,
    string? Summary = null) : Element;

/// <summary>One row of cells; a cell spanning several columns or rows covers the places it spans.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, Color? Background = null);

/// <summary>A table cell. Header cells (in header rows, or with a scope) are tagged TH with that scope.</summary>
public sealed record TableCell(
    Element Content,
    int RowSpan = 1,
    int ColumnSpan = 1,
    Color? Background = null,
    Edges? Padding = null,
    HeaderScope Scope = HeaderScope.None,
    Border? Border = null);

public enum HeaderScope
{
    None,
    Column,
    Row,
}

/// <summary>The look of a table: horizontal rules and an optional zebra fill, as professional briefs use.</summary>
public sealed record TableStyle(
    Edges CellPadding,
    Rule? HeaderTopRule = null,
    Rule? HeaderBottomRule = null,
    Rule? RowRule = null,
    Rule? BottomRule = null,
    Color? ZebraFill = null)
{
    public static TableStyle Default { get; } = new(
        Edges.Symmetric(3, 4),
        new Rule(1, Color.Black),
        new Rule(0.5, Color.Black),
        new Rule(0.25, new Color(190, 190, 190)),
        new Rule(1, Color.Black));
}

/// <summary>A horizontal rule's thickness in points and colour.</summary>
public sealed record Rule(double Thickness, Color Color);
