using BriefBuilder.Diagnostics;
using BriefBuilder.Workbooks.Cells;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>Puts diagnostics in reading order: the file's own first, then sheet by sheet in tab order, row by row,
/// left to right; diagnostics at one cell keep the order they were found in.</summary>
internal static class DiagnosticOrder
{
    public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics, IReadOnlyList<string> sheetOrder) =>
        [.. diagnostics.OrderBy(d => d.Location.Sheet is { } sheet ? IndexOf(sheetOrder, sheet) + 1 : 0)
            .ThenBy(d => CellOf(d)?.Row ?? 0)
            .ThenBy(d => CellOf(d)?.Column ?? 0)];

    private static int IndexOf(IReadOnlyList<string> sheets, string sheet)
    {
        for (var i = 0; i < sheets.Count; i++)
        {
            if (sheets[i] == sheet)
            {
                return i;
            }
        }

        return sheets.Count;
    }

    private static CellAddress? CellOf(Diagnostic diagnostic) =>
        diagnostic.Location.Cell is { } cell ? CellAddress.Parse(cell) : null;
}
