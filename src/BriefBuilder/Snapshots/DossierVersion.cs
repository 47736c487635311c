using BriefBuilder.Diagnostics;
using BriefBuilder.Records;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Cli.Snapshots;

/// <summary>One version of a dossier for `diff`: the workbook embedded in a snapshot, or a workbook file.</summary>
public sealed record DossierVersion(string Label, Dossier? Dossier, IReadOnlyList<Diagnostic> Diagnostics, string? Problem)
{
    /// <summary>Reads a snapshot's embedded workbook (a path ending in .pdf) or a workbook file.</summary>
    public static DossierVersion Read(string path)
    {
        if (!path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            var read = WorkbookReader.Read(path);
            return new DossierVersion(path, read.Dossier, read.Diagnostics, read.IsUnreadable ? "cannot be read" : null);
        }

        var (file, problem) = SnapshotFile.Open(path);
        if (file is null)
        {
            return new DossierVersion(path, null, [], problem);
        }

        var (manifest, manifestProblem) = file.Manifest();
        if (manifest is null)
        {
            return new DossierVersion(path, null, [], manifestProblem);
        }

        if (!file.Files.TryGetValue(manifest.WorkbookFile, out var workbook))
        {
            return new DossierVersion(path, null, [], $"{path}: the manifest names the workbook {manifest.WorkbookFile}, and no file of that name is embedded");
        }

        var name = $"{path} ({manifest.WorkbookFile})";
        var embedded = WorkbookReader.Read(name, workbook);
        return new DossierVersion(name, embedded.Dossier, embedded.Diagnostics, null);
    }
}
