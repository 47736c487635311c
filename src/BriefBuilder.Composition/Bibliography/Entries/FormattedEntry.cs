namespace BriefBuilder.Composition.Bibliography.Entries;

/// <summary>A formatted bibliography entry or citation: runs the composer lays out with italics and clickable links.</summary>
public sealed record FormattedEntry(IReadOnlyList<EntryRun> Runs)
{
    public string PlainText => string.Concat(Runs.Select(r => r.Text));

    public override string ToString() => PlainText;
}
