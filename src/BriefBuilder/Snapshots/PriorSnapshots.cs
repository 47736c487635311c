using BriefBuilder.Composition.Archive;
using BriefBuilder.Composition.Briefs;

namespace BriefBuilder.Cli.Snapshots;

/// <summary>Reads what a "New since" section needs of an earlier snapshot from its manifest: its as-of date and the
/// statements it included, with the file's name and SHA-256 to record in the new brief's fingerprint.</summary>
public static class PriorSnapshots
{
    public static (PriorSnapshot? Snapshot, string? Problem) Read(string path)
    {
        var (file, problem) = SnapshotFile.Open(path);
        if (file is null)
        {
            return (null, problem);
        }

        var (manifest, manifestProblem) = file.Manifest();
        return manifest is null
            ? (null, manifestProblem)
            : (new PriorSnapshot(Path.GetFileName(path), BuildInputs.HashOf(file.Bytes), manifest.AsOf, manifest.Statements), null);
    }
}
