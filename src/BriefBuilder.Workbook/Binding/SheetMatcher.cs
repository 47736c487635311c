using BriefBuilder.Diagnostics;
using BriefBuilder.Workbooks.Cells;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>Pairs the workbook's sheets with the schema's by name and alias, reporting sheets it does not know,
/// schema sheets given twice, and required sheets that are missing.</summary>
internal static class SheetMatcher
{
    public static Dictionary<SheetDefinition, WorkbookSheet> Match(IReadOnlyList<WorkbookSheet> sheets, BindingContext context)
    {
        var matched = new Dictionary<SheetDefinition, WorkbookSheet>();
        foreach (var sheet in sheets)
        {
            var definition = WorkbookSchema.FindSheet(sheet.Name);
            if (definition is null || sheet.Part is null)
            {
                var known = string.Join(", ", WorkbookSchema.Sheets.Where(s => s.Layout != SheetLayout.ReadMe).Select(s => s.Name));
                context.Diagnostics.Report(context.At(sheet.Name), WorkbookCodes.UnknownSheet, $"'{sheet.Name}' is not a {(sheet.Part is null ? "worksheet" : "schema sheet")} ({known}): it is ignored");
            }
            else if (matched.TryGetValue(definition, out var first))
            {
                context.Diagnostics.Report(context.At(sheet.Name), WorkbookCodes.DuplicateSheet, $"'{sheet.Name}' is a second {definition.Name} sheet: only '{first.Name}' is read");
            }
            else
            {
                matched[definition] = sheet;
            }
        }

        foreach (var missing in WorkbookSchema.Sheets.Where(s => s.Required && !matched.ContainsKey(s)))
        {
            context.Diagnostics.Report(context.AtFile(), WorkbookCodes.MissingSheet, $"the workbook has no {missing.Name} sheet");
        }

        return matched;
    }
}
