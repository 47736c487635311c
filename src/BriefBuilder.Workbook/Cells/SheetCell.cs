namespace BriefBuilder.Workbooks.Cells;

/// <summary>One cell as stored: what kind of value it holds, the value, and the number format it is shown with.
/// A cell covered by a merged range holds its range's value and remembers the range's first cell.</summary>
internal sealed record SheetCell(CellAddress Address, CellKind Kind, string Text, double Number, NumberFormat Format)
{
    /// <summary>For a cell inside a merged range, the range's top-left cell, whose value it holds.</summary>
    public CellAddress? MergedFrom { get; init; }

    public bool IsEmpty => Kind == CellKind.Empty || (Kind == CellKind.Text && string.IsNullOrWhiteSpace(Text));

    public static SheetCell Empty(CellAddress address) => new(address, CellKind.Empty, string.Empty, 0, NumberFormat.General);
}

/// <summary>What a stored cell holds.</summary>
internal enum CellKind
{
    /// <summary>Nothing (a formatted but empty cell).</summary>
    Empty,

    /// <summary>Text: a shared, inline or formula string, or TRUE/FALSE.</summary>
    Text,

    /// <summary>A number, which its format may show as a date.</summary>
    Number,

    /// <summary>An ISO 8601 date and time written as text (`t="d"`).</summary>
    IsoDate,

    /// <summary>An error value such as `#N/A` or `#REF!`, in <see cref="SheetCell.Text"/>.</summary>
    Error,

    /// <summary>A formula saved without its calculated value, so there is nothing to read.</summary>
    UncalculatedFormula,

    /// <summary>Text longer than the limit of characters per cell (reported when read); <see cref="SheetCell.Text"/>
    /// holds its start.</summary>
    TooLong,
}
