namespace BriefBuilder.Records;

/// <summary>A validated dossier: every record of the workbook, in workbook order, with lookups by ID.</summary>
public sealed class Dossier
{
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, Institution> _institutions;
    private readonly Dictionary<string, Source> _sources;
    private readonly Dictionary<string, Stance> _stances;

    public Dossier(
        BriefInfo brief,
        IReadOnlyList<Stance> stances,
        IReadOnlyList<Institution> institutions,
        IReadOnlyList<Person> people,
        IReadOnlyList<Source> sources,
        IReadOnlyList<Claim> claims,
        IReadOnlyList<Event> events)
    {
        Brief = brief;
        Stances = [.. stances.OrderBy(s => s.Order)];
        Institutions = institutions;
        People = people;
        Sources = sources;
        Claims = claims;
        Events = events;
        _people = Index(people, p => p.Id);
        _institutions = Index(institutions, i => i.Id);
        _sources = Index(sources, s => s.Id);
        _stances = Index(stances, s => s.Key);
    }

    public BriefInfo Brief { get; }

    /// <summary>Stances in their `Order`.</summary>
    public IReadOnlyList<Stance> Stances { get; }

    public IReadOnlyList<Institution> Institutions { get; }

    public IReadOnlyList<Person> People { get; }

    public IReadOnlyList<Source> Sources { get; }

    public IReadOnlyList<Claim> Claims { get; }

    public IReadOnlyList<Event> Events { get; }

    public Person? FindPerson(string id) => _people.GetValueOrDefault(id);

    public Institution? FindInstitution(string id) => _institutions.GetValueOrDefault(id);

    public Source? FindSource(string id) => _sources.GetValueOrDefault(id);

    public Stance? FindStance(string key) => _stances.GetValueOrDefault(key);

    // IDs compare case-insensitively, as a curator typing "s01" means "S01"; the first record wins,
    // duplicates having been reported by validation.
    private static Dictionary<string, T> Index<T>(IEnumerable<T> records, Func<T, string> key)
    {
        var index = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            index.TryAdd(key(record), record);
        }

        return index;
    }
}
