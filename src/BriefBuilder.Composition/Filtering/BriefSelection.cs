using BriefBuilder.Records;

namespace BriefBuilder.Composition.Filtering;

/// <summary>The records a brief shows after the template's filters and the build's options, each list in workbook order.</summary>
public sealed record BriefSelection(
    Dossier Dossier,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Event> Events,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Stance> Stances,
    IReadOnlyList<Person> People,
    IReadOnlyList<Institution> Institutions,
    SelectionCriteria Criteria)
{
    /// <summary>The day the brief is "as of": the requested date, else the latest day a selected record starts on.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>True when a claim not yet verified is included, which puts a DRAFT watermark on the brief.</summary>
    public bool HasDraft => Claims.Any(c => c.Status == ClaimStatus.Draft);

    private Dictionary<string, Source>? _sourcesById;

    /// <summary>A selected source by ID, or null when the source is not in the selection.</summary>
    public Source? SelectedSource(string id)
    {
        if (_sourcesById is null)
        {
            var index = new Dictionary<string, Source>(StringComparer.OrdinalIgnoreCase);
            foreach (var source in Sources)
            {
                index.TryAdd(source.Id, source);
            }

            _sourcesById = index;
        }

        return _sourcesById.GetValueOrDefault(id);
    }

    /// <summary>The claims of one stance, in workbook order.</summary>
    public IEnumerable<Claim> ClaimsOf(Stance stance) =>
        Claims.Where(c => string.Equals(c.StanceKey, stance.Key, StringComparison.OrdinalIgnoreCase));
}

/// <summary>The filters a selection applied, as the provenance section reports them.</summary>
public sealed record SelectionCriteria(
    IReadOnlyList<string> Stances,
    IReadOnlyList<string> Tags,
    bool VerifiedOnly,
    DateOnly? From,
    DateOnly? To,
    int? Year,
    DateOnly? AsOf)
{
    public bool IsEverything =>
        Stances.Count == 0 && Tags.Count == 0 && !VerifiedOnly && From is null && To is null && Year is null && AsOf is null;
}
