namespace BriefBuilder.Composition.Archive;

/// <summary>What a brief needs of an earlier snapshot to say what is new since it: the file's name and SHA-256, its
/// as-of date and the IDs of the statements it included (from its manifest).</summary>
public sealed record PriorSnapshot(string FileName, string Sha256, DateOnly? AsOf, IReadOnlyList<string> StatementIds);
