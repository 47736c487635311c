using BriefBuilder.Records;

namespace BriefBuilder.Composition.Bibliography;

/// <summary>The entries of one source type, for a reference list split into sections, titled in the list's language.</summary>
public sealed record ReferenceGroup(SourceType Type, string Title, IReadOnlyList<BibliographyEntry> Entries);
