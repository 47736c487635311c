using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Bibliography;

/// <summary>
/// One source in the reference list: its anchor (for links from citations), the formatted entry, the in-text
/// citation that links to it, how it was told apart from look-alikes, and the records that cite it.
/// </summary>
public sealed record BibliographyEntry(
    Source Source,
    string Anchor,
    FormattedEntry Text,
    FormattedEntry Citation,
    Disambiguation Disambiguation,
    IReadOnlyList<CitingRecord> CitedBy);

/// <summary>A claim or event that cites a source, for the entry's links back.</summary>
public sealed record CitingRecord(RecordKind Kind, string Id);

/// <summary>The kinds of record that cite sources.</summary>
public enum RecordKind
{
    Claim,
    Event,
}
