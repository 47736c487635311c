namespace BriefBuilder.Workbooks.Cells;

/// <summary>A `c` element's parts as the streaming reader meets them: type (`t`), style (`s`), saved value (`v`),
/// inline text (`is`) and whether it has a formula (`f`).</summary>
internal sealed class StoredCell(CellAddress address, string? type, string? style)
{
    public CellAddress Address { get; } = address;

    public string Type { get; } = type ?? "n";

    public string? Style { get; } = style;

    public string? Value { get; set; }

    public string? InlineText { get; set; }

    public bool HasFormula { get; set; }
}
