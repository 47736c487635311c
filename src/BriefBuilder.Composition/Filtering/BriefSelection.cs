using BriefBuilder.Composition.Dates;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Filtering;

/// <summary>The records a brief shows after the template's filters and the build's options, each list in workbook order.
/// Every count, chart and line a brief prints is computed from this one selection.</summary>
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
    private readonly IReadOnlyList<Claim>? _chosen;
    private Dictionary<string, Source>? _sourcesById;
    private Dictionary<Claim, WhenMade>? _whenMade;

    /// <summary>The day the brief is "as of": the requested date, else the latest day the record dates anything on.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Statements the other filters kept but an as-of date left out, because they may have been made by
    /// then but are not certainly dated on or before it.</summary>
    public int LeftOutByAsOf { get; init; }

    /// <summary>The statements the filters chose, before any were left out to fit the page budget (the template's
    /// <c>fit: statements</c>); the same as <see cref="Claims"/> when none were.</summary>
    public IReadOnlyList<Claim> Chosen
    {
        get => _chosen ?? Claims;
        init => _chosen = value;
    }

    /// <summary>True when statements were left out to fit the page budget.</summary>
    public bool IsFitted => Chosen.Count > Claims.Count;

    /// <summary>True when a claim not yet verified is included, which puts a DRAFT watermark on the brief.</summary>
    public bool HasDraft => Claims.Any(c => c.Status == ClaimStatus.Draft);

    /// <summary>The selected claims the record dates, in workbook order.</summary>
    public IEnumerable<Claim> DatedClaims => Claims.Where(c => c.IsDated);

    /// <summary>The selected claims with no date of their own, in workbook order.</summary>
    public IEnumerable<Claim> UndatedClaims => Claims.Where(c => !c.IsDated);

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

    /// <summary>The days a selected claim can have been made on.</summary>
    public WhenMade WhenMade(Claim claim)
    {
        if (_whenMade is null)
        {
            var spans = new Dictionary<Claim, WhenMade>(ReferenceEqualityComparer.Instance);
            foreach (var selected in Claims)
            {
                spans[selected] = Dates.WhenMade.Of(selected, Dossier);
            }

            _whenMade = spans;
        }

        return _whenMade.TryGetValue(claim, out var span) ? span : Dates.WhenMade.Of(claim, Dossier);
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
    bool KeyOnly,
    DateOnly? From,
    DateOnly? To,
    int? Year,
    DateOnly? AsOf)
{
    public bool IsEverything =>
        Stances.Count == 0 && Tags.Count == 0 && !VerifiedOnly && !KeyOnly && From is null && To is null && Year is null && AsOf is null;
}
