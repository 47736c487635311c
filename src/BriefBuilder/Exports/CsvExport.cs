using System.Text;
using BriefBuilder.Records;

namespace BriefBuilder.Cli.Exports;

/// <summary>One CSV file per sheet (RFC 4180: comma-separated, CRLF lines, fields quoted when they hold a comma, a quote
/// or a line break, UTF-8 without a byte order mark), a header row of the workbook's column names, a row per record; the Brief sheet as
/// field and value.</summary>
public static class CsvExport
{
    public static IReadOnlyList<ExportFile> Files(Dossier dossier)
    {
        var files = DossierTables.Sheets(dossier).Select(sheet => new ExportFile(sheet.Sheet + ".csv", stream =>
        {
            var rows = sheet.Records.Select(r => sheet.Fields.Select(f => DossierTables.Text(f.GetValue(r.Record))));
            Write(stream, sheet.Fields.Select(f => Header(sheet.Sheet, f.Name)), rows);
        })).ToList();
        files.Add(new ExportFile("Brief.csv", stream => Write(stream, ["Field", "Value"],
            DossierTables.BriefFields.Select(p => new[] { p.Name, DossierTables.Text(p.GetValue(dossier.Brief)) }))));
        return files;
    }

    // The workbook's own column header for a field ("Speaker" for SpeakerIds, "Sources" for Citations), so a sheet's
    // CSV reads as the sheet does; the field's name where the workbook has no column for it.
    private static string Header(string sheet, string field) =>
        Workbooks.Schema.WorkbookSchema.FindSheet(sheet)?.Columns.FirstOrDefault(c => c.Field == field)?.Name ?? field;

    /// <summary>Writes a header and rows as CSV.</summary>
    public static void Write(Stream stream, IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        foreach (var row in rows.Prepend(header))
        {
            writer.WriteLine(string.Join(',', row.Select(Field)));
        }
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
