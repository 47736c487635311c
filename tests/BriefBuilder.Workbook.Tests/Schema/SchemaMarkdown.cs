using System.Text;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Tests.Workbooks.Schema;

/// <summary>Writes the sheet and column tables of SCHEMA.md from the schema itself, so the document cannot drift.</summary>
internal static class SchemaMarkdown
{
    public const string Begin = "<!-- schema tables: generated from WorkbookSchema by SchemaDocumentTests; do not edit by hand -->";
    public const string End = "<!-- end of schema tables -->";

    public static string Tables()
    {
        var text = new StringBuilder();
        text.AppendLine(Begin).AppendLine();
        text.AppendLine("| Sheet | Required | Also accepted | Purpose |");
        text.AppendLine("| --- | --- | --- | --- |");
        foreach (var sheet in WorkbookSchema.Sheets)
        {
            text.AppendLine($"| `{sheet.Name}` | {(sheet.Required ? "yes" : "no")} | {Names(sheet.Aliases)} | {sheet.Description} |");
        }

        foreach (var sheet in WorkbookSchema.Sheets.Where(s => s.Columns.Count > 0))
        {
            text.AppendLine().AppendLine($"### {sheet.Name}").AppendLine();
            text.AppendLine(sheet.Layout == SheetLayout.KeyValue ? "| Field | Required | Format | Also accepted | Meaning |" : "| Column | Required | Format | Also accepted | Meaning |");
            text.AppendLine("| --- | --- | --- | --- | --- |");
            foreach (var column in sheet.Columns)
            {
                text.AppendLine($"| `{column.Name}` | {(column.Required ? "yes" : "no")} | {Escape(column.Format)} | {Names(column.Aliases)} | {Escape(column.Description)} |");
            }
        }

        return text.AppendLine().Append(End).ToString();
    }

    private static string Names(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"`{n}`"));

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
