namespace BriefBuilder.Cli.Snapshots;

/// <summary>One thing `verify` checked, whether it held, and what it found, in a sentence.</summary>
public sealed record SnapshotCheck(bool Passed, string Finding);
