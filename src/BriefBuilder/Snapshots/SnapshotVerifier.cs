using BriefBuilder.Composition.Archive;
using BriefBuilder.Composition.Briefs;

namespace BriefBuilder.Cli.Snapshots;

/// <summary>Checks an archival snapshot: that the file is as written, that it carries a manifest, that the embedded
/// workbook and template have the SHA-256 the manifest records and the provenance page prints, and that rebuilding the
/// snapshot from them gives this file to the byte. Each check says what it found; a failure says why.</summary>
public static class SnapshotVerifier
{
    public static IReadOnlyList<SnapshotCheck> Verify(SnapshotFile snapshot)
    {
        var checks = new List<SnapshotCheck> { Identity(snapshot) };
        var (manifest, problem) = snapshot.Manifest();
        if (manifest is null)
        {
            checks.Add(new SnapshotCheck(false, problem!));
            return checks;
        }

        checks.Add(new SnapshotCheck(true, $"{SnapshotArchive.ManifestName}: made by BriefBuilder {manifest.ToolVersion} from the workbook {manifest.WorkbookFile} and the template {manifest.TemplateName}, {manifest.Statements.Count} statements"));
        var workbook = Embedded(snapshot, "workbook", manifest.WorkbookFile, manifest.WorkbookSha256, checks);
        var template = Embedded(snapshot, "template", manifest.TemplateFile, manifest.TemplateSha256, checks);
        checks.Add(Provenance(snapshot, manifest));
        checks.Add(SnapshotRebuild.Check(snapshot, manifest, workbook, template));
        return checks;
    }

    private static SnapshotCheck Identity(SnapshotFile snapshot) => FileIdentity.Matches(snapshot.Bytes) switch
    {
        true => new SnapshotCheck(true, "the file is as it was written: its ID is the hash of its content"),
        false => new SnapshotCheck(false, "the file was changed after it was written: its ID is not the hash of its content"),
        null => new SnapshotCheck(false, "the file has no ID where BriefBuilder writes it, so it was rewritten by another program"),
    };

    private static byte[]? Embedded(SnapshotFile snapshot, string what, string name, string recorded, List<SnapshotCheck> checks)
    {
        if (!snapshot.Files.TryGetValue(name, out var bytes))
        {
            checks.Add(new SnapshotCheck(false, $"the manifest names the {what} {name}, and no file of that name is embedded"));
            return null;
        }

        var actual = BuildInputs.HashOf(bytes);
        checks.Add(actual == recorded
            ? new SnapshotCheck(true, $"the embedded {what} {name} has the SHA-256 the manifest records ({recorded})")
            : new SnapshotCheck(false, $"the embedded {what} {name} has SHA-256 {actual}; the manifest records {recorded}, so it is not the {what} the snapshot was built from"));
        return bytes;
    }

    // The hashes printed on the page are what a reader of the paper copy sees; an embedded manifest from another snapshot
    // can match its own workbook, but not this page.
    private static SnapshotCheck Provenance(SnapshotFile snapshot, SnapshotManifest manifest) =>
        snapshot.Prints([manifest.WorkbookSha256, manifest.TemplateSha256])
            ? new SnapshotCheck(true, "the provenance page prints the workbook's and the template's SHA-256 as the manifest records them")
            : new SnapshotCheck(false, "the provenance page does not print the SHA-256 the manifest records for the workbook and template, so the embedded files come from another snapshot or dossier");
}
