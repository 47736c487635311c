using BriefBuilder.Composition.Bibliography.Citations;
using BriefBuilder.Composition.Bibliography.Text;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Bibliography;

/// <summary>
/// The bibliography of a brief (an author-date reference list): every cited source once, in the style's order,
/// each with its anchor, entry and citation, written in the brief's language. Named apart from its namespace so
/// callers can write ReferenceList.Build.
/// </summary>
public sealed record ReferenceList(CitationStyle Style, BriefLanguage Language, IReadOnlyList<BibliographyEntry> Entries)
{
    /// <summary>
    /// Formats and orders the cited sources in <paramref name="language"/> (English when none is given); a source
    /// listed twice (by ID, ignoring case) appears once.
    /// </summary>
    public static ReferenceList Build(IEnumerable<Source> cited, CitationStyle style, BriefLanguage? language = null) =>
        Build(cited.Select(s => new Cited(s, [])), style, language ?? BriefLanguage.English);

    /// <summary>
    /// The bibliography of the given claims and events: the sources they cite (IDs that match no source are
    /// left to validation), each entry listing the records that cite it so it can link back to them.
    /// </summary>
    public static ReferenceList ForRecords(IEnumerable<Claim> claims, IEnumerable<Event> events, Func<string, Source?> findSource, CitationStyle style, BriefLanguage? language = null)
    {
        ArgumentNullException.ThrowIfNull(findSource);
        var citing = claims.SelectMany(c => c.SourceIds.Select(id => new Citation(findSource(id), new CitingRecord(RecordKind.Claim, c.Id))))
            .Concat(events.SelectMany(e => e.SourceIds.Select(id => new Citation(findSource(id), new CitingRecord(RecordKind.Event, e.Id)))))
            .Where(citation => citation.Source is not null)
            .GroupBy(citation => citation.Source!.Id, StringComparer.OrdinalIgnoreCase)
            .Select(g => new Cited(g.First().Source!, [.. g.Select(c => c.Record).Distinct()]));
        return Build(citing, style, language ?? BriefLanguage.English);
    }

    /// <summary>The entries split by source type, in the order of <see cref="SourceType"/>, each keeping the style's order and titled in the list's language.</summary>
    public IReadOnlyList<ReferenceGroup> BySourceType() =>
    [
        .. Entries.GroupBy(e => e.Source.Type)
            .OrderBy(g => g.Key)
            .Select(g => new ReferenceGroup(g.Key, Language.SourceTypeTitle(g.Key), [.. g])),
    ];

    public BibliographyEntry? Find(string sourceId) =>
        Entries.FirstOrDefault(e => string.Equals(e.Source.Id, sourceId, StringComparison.OrdinalIgnoreCase));

    private static ReferenceList Build(IEnumerable<Cited> cited, CitationStyle style, BriefLanguage language)
    {
        var formatter = BibliographyStyles.Resolve(style, new BibliographyLocale(language));
        var unique = cited.DistinctBy(c => c.Source.Id, StringComparer.OrdinalIgnoreCase)
            .Select(c => new Formatted(c, formatter.Item(c.Source)))
            .ToList();

        // A stable sort: sources the style cannot tell apart keep the order they were cited in.
        var ordered = unique.OrderBy(c => formatter.SortKey(c.Item)).ToList();
        var disambiguation = Disambiguator.Resolve([.. ordered.Select(c => c.Item)], formatter);
        var entries = ordered.Select(c => new BibliographyEntry(
            c.Cited.Source,
            Anchors.ForSource(c.Cited.Source.Id),
            formatter.Render(formatter.Reference(c.Item, disambiguation[c.Item.Id])),
            formatter.Render(formatter.Citation(c.Item, disambiguation[c.Item.Id])),
            disambiguation[c.Item.Id],
            c.Cited.CitedBy));
        return new ReferenceList(style, language, [.. entries]);
    }

    // Classes, not value tuples: the queries over them run on code compiled ahead of time, where queries over tuples
    // were compiled at every start (63 methods of the runtime's, a tenth of a sample brief's).
    private sealed record Citation(Source? Source, CitingRecord Record);

    private sealed record Cited(Source Source, IReadOnlyList<CitingRecord> CitedBy);

    private sealed record Formatted(Cited Cited, Csl.CslItem Item);
}
