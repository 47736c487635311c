using BriefBuilder.Diagnostics;
using BriefBuilder.Workbooks.Cells;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>Hidden sheets, rows and columns and merged cells are read like any others (hiding is not deleting, and
/// a merged range means its value for every cell it covers), but each is pointed out, as the curator may not
/// expect it.</summary>
internal static class CellWarnings
{
    /// <summary>Reports what lies at or below the first row read (the header row, or a Brief sheet's first row).</summary>
    public static void Report(SheetContent content, int firstRow, SheetRow header, BindingContext context)
    {
        if (content.Hidden)
        {
            context.Diagnostics.Report(context.At(content.Name), WorkbookCodes.HiddenSheet, $"the sheet '{content.Name}' is hidden: it is read like a visible sheet");
        }

        ReportHiddenRows(content, firstRow, context);
        foreach (var cell in header.Cells.Where(c => content.HiddenColumns.Contains(c.Address.Column)))
        {
            context.Diagnostics.Report(context.At(content.Name, cell.Address), WorkbookCodes.HiddenColumn, $"column {CellAddress.ColumnLetters(cell.Address.Column)} is hidden: it is read like a visible column");
        }

        foreach (var range in content.Merges.Where(m => m.Last.Row >= firstRow))
        {
            var anchor = content.Row(range.First.Row)?[range.First.Column];
            if (anchor is { IsEmpty: false })
            {
                context.Diagnostics.Report(context.At(content.Name, range.First), WorkbookCodes.MergedCells, $"cells {range} are merged: the value of {range.First} is read into each of them");
            }
        }
    }

    // One warning per run of consecutive hidden rows that hold anything.
    private static void ReportHiddenRows(SheetContent content, int firstRow, BindingContext context)
    {
        var hidden = content.Rows.Where(r => r.Hidden && r.Number >= firstRow && !r.IsEmpty).ToList();
        for (var start = 0; start < hidden.Count;)
        {
            var end = start;
            while (end + 1 < hidden.Count && hidden[end + 1].Number == hidden[end].Number + 1)
            {
                end++;
            }

            var message = start == end
                ? $"row {hidden[start].Number} is hidden: it is read like a visible row"
                : $"rows {hidden[start].Number} to {hidden[end].Number} are hidden: they are read like visible rows";
            context.Diagnostics.Report(context.At(content.Name, hidden[start].Cells.First().Address), WorkbookCodes.HiddenRows, message);
            start = end + 1;
        }
    }
}
