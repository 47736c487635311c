using BriefBuilder.Cli.Building;
using BriefBuilder.Composition.Archive;
using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Diagnostics;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Cli.Snapshots;

/// <summary>Rebuilds a snapshot from the workbook and template embedded in it, with the options its manifest records,
/// and compares the bytes. Only the tool version that made a snapshot can rebuild it byte for byte.</summary>
public static class SnapshotRebuild
{
    public static SnapshotCheck Check(SnapshotFile snapshot, SnapshotManifest manifest, byte[]? workbook, byte[]? template)
    {
        if (manifest.ToolVersion != BriefJob.ToolVersion)
        {
            return new SnapshotCheck(false, $"not rebuilt: the snapshot was made by BriefBuilder {manifest.ToolVersion} and this is {BriefJob.ToolVersion}; rebuilding it byte for byte needs BriefBuilder {manifest.ToolVersion}");
        }

        if (workbook is null || template is null)
        {
            return new SnapshotCheck(false, "not rebuilt: the workbook or the template is not embedded");
        }

        var loaded = TemplateLoader.Parse(manifest.TemplateName, manifest.TemplateFile, template);
        if (loaded.Template is null)
        {
            return new SnapshotCheck(false, $"not rebuilt: the embedded template does not read: {FirstError(loaded.Diagnostics)}");
        }

        var read = WorkbookReader.Read(manifest.WorkbookFile, workbook);
        if (read.Dossier is null)
        {
            return new SnapshotCheck(false, $"not rebuilt: the embedded workbook does not read: {FirstError(read.Diagnostics)}");
        }

        var inputs = BuildInputs.From(manifest.WorkbookFile, workbook, loaded.Template, manifest.Options, BriefJob.ToolVersion);
        var built = BriefPdf.Build(read.Dossier, loaded.Template, manifest.Options, inputs);
        if (built.Pdf is not { } rebuilt)
        {
            return new SnapshotCheck(false, $"not rebuilt: {FirstError(built.Diagnostics)}");
        }

        var differs = rebuilt.AsSpan().CommonPrefixLength(snapshot.Bytes);
        return differs == rebuilt.Length && differs == snapshot.Bytes.Length
            ? new SnapshotCheck(true, $"rebuilt from the embedded workbook and template: identical, all {rebuilt.Length} bytes")
            : new SnapshotCheck(false, $"rebuilt from the embedded workbook and template: the rebuild ({rebuilt.Length} bytes) differs from this file ({snapshot.Bytes.Length} bytes) from byte {differs} on; when every other check passed, the fonts installed here differ from those it was made with, or another build of BriefBuilder {manifest.ToolVersion} made it");
    }

    private static string FirstError(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.ToString() ?? "no reason given";
}
