using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Bibliography;

/// <summary>
/// The bibliography of a brief (an author-date reference list): every cited source once, in the style's order,
/// each with its anchor, entry and citation. Named apart from its namespace so callers can write ReferenceList.Build.
/// </summary>
public sealed record ReferenceList(CitationStyle Style, IReadOnlyList<BibliographyEntry> Entries)
{
    /// <summary>Formats and orders the cited sources; a source listed twice (by ID, ignoring case) appears once.</summary>
    public static ReferenceList Build(IEnumerable<Source> cited, CitationStyle style) =>
        Build(cited.Select(s => (s, (IReadOnlyList<CitingRecord>)[])), style);

    /// <summary>
    /// The bibliography of the given claims and events: the sources they cite (IDs that match no source are
    /// left to validation), each entry listing the records that cite it so it can link back to them.
    /// </summary>
    public static ReferenceList ForRecords(IEnumerable<Claim> claims, IEnumerable<Event> events, Func<string, Source?> findSource, CitationStyle style)
    {
        ArgumentNullException.ThrowIfNull(findSource);
        var citing = claims.SelectMany(c => c.SourceIds.Select(id => (id, new CitingRecord(RecordKind.Claim, c.Id))))
            .Concat(events.SelectMany(e => e.SourceIds.Select(id => (id, new CitingRecord(RecordKind.Event, e.Id)))))
            .Select(pair => (Source: findSource(pair.id), Record: pair.Item2))
            .Where(pair => pair.Source is not null)
            .GroupBy(pair => pair.Source!.Id, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.First().Source!, (IReadOnlyList<CitingRecord>)[.. g.Select(p => p.Record).Distinct()]));
        return Build(citing, style);
    }

    /// <summary>The entries split by source type, in the order of <see cref="SourceType"/>, each keeping the style's order.</summary>
    public IReadOnlyList<BibliographySection> BySourceType() =>
    [
        .. Entries.GroupBy(e => e.Source.Type)
            .OrderBy(g => g.Key)
            .Select(g => new BibliographySection(g.Key, SourceTypeTitles.English(g.Key), [.. g])),
    ];

    public BibliographyEntry? Find(string sourceId) =>
        Entries.FirstOrDefault(e => string.Equals(e.Source.Id, sourceId, StringComparison.OrdinalIgnoreCase));

    private static ReferenceList Build(IEnumerable<(Source Source, IReadOnlyList<CitingRecord> CitedBy)> cited, CitationStyle style)
    {
        var formatter = BibliographyStyles.Resolve(style);
        var unique = cited.DistinctBy(c => c.Source.Id, StringComparer.OrdinalIgnoreCase)
            .Select(c => (c.Source, c.CitedBy, Item: c.Source.ToCslItem()))
            .ToList();

        // A stable sort: sources the style cannot tell apart keep the order they were cited in.
        var ordered = unique.OrderBy(c => formatter.SortKey(c.Item)).ToList();
        var disambiguation = Disambiguator.Resolve([.. ordered.Select(c => c.Item)], formatter);
        var entries = ordered.Select(c => new BibliographyEntry(
            c.Source,
            Anchors.ForSource(c.Source.Id),
            formatter.Format(c.Source, disambiguation[c.Item.Id]),
            formatter.InTextCitation(c.Source, disambiguation[c.Item.Id]),
            disambiguation[c.Item.Id],
            c.CitedBy));
        return new ReferenceList(style, [.. entries]);
    }
}
