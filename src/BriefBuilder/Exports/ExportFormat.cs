using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Cli.Exports;

/// <summary>A format `export` writes a dossier's data in: its name on the command line, what it holds, and the files it
/// makes of a validated workbook (one file, or one per sheet into a folder).</summary>
public sealed record ExportFormat(string Name, string Description, bool IsFolder, Func<WorkbookReadResult, IReadOnlyList<ExportFile>> Files)
{
    /// <summary>Every format, by the name `--format` takes.</summary>
    public static IReadOnlyList<ExportFormat> All { get; } =
    [
        One("csl-json", "the sources as CSL-JSON, for Zotero, other reference managers and citeproc", (read, stream) => CslJsonWriter.Write(read.Dossier!.Sources, stream)),
        One("json", "the whole validated dossier, with the workbook's diagnostics", DossierJsonExport.Write),
        new("csv", "one CSV file per sheet, into the folder --out names", true, read => CsvExport.Files(read.Dossier!)),
        One("timelinejs", "TimelineJS's spreadsheet, as CSV: a slide per dated statement and per event", (read, stream) => TimelineJsExport.Write(read.Dossier!, stream)),
        One("jsonld", "the statements as schema.org Claim items in JSON-LD", (read, stream) => JsonLdExport.Write(read.Dossier!, stream)),
    ];

    public static ExportFormat? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    private static ExportFormat One(string name, string description, Action<WorkbookReadResult, Stream> write) =>
        new(name, description, false, read => [new ExportFile(null, stream => write(read, stream))]);
}

/// <summary>A file an export writes: its name inside the folder (null for the one file of a single-file format).</summary>
public sealed record ExportFile(string? Name, Action<Stream> Write);
