using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Cli.Exports;

/// <summary>A format `export` writes a dossier's data in: its name on the command line, its file extension, and how a
/// validated workbook is written as one file.</summary>
public sealed record ExportFormat(string Name, string Extension, string Description, Action<WorkbookReadResult, Stream> Write)
{
    /// <summary>Every format, by the name `--format` takes.</summary>
    public static IReadOnlyList<ExportFormat> All { get; } =
    [
        new("csl-json", ".json", "the sources as CSL-JSON, for Zotero, other reference managers and citeproc", (read, stream) => CslJsonWriter.Write(read.Dossier!.Sources, stream)),
    ];

    public static ExportFormat? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
