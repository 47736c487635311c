using BriefBuilder.Dates;
using BriefBuilder.Records;
using BriefBuilder.Validation;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Tests.Validation;

/// <summary>Builds a dossier record by record, each on the next row of its sheet, starting from a valid core:
/// stances support and oppose, institution I1, person P1, source S1 and claim C1 by P1 citing S1.</summary>
internal sealed class DossierBuilder
{
    private readonly List<Stance> _stances = [];
    private readonly List<Institution> _institutions = [];
    private readonly List<Person> _people = [];
    private readonly List<Source> _sources = [];
    private readonly List<Claim> _claims = [];
    private readonly List<Event> _events = [];

    public DossierBuilder()
    {
        Stance("support").Stance("oppose").Institution("I1", "Ministry of Transport").Person("P1", "Jana Novak").Source("S1").Claim("C1");
    }

    /// <summary>Columns as the schema orders them, so a field's cell is what the starter workbook would have.</summary>
    public static FieldLocations Locations { get; } = new(
        "dossier.xlsx",
        WorkbookSchema.Sheets.ToDictionary(
            s => s.Name,
            s => (IReadOnlyDictionary<string, string>)s.Columns.Select((c, i) => (c.Field, Letter: ((char)('A' + i)).ToString())).DistinctBy(c => c.Field).ToDictionary(c => c.Field, c => c.Letter)));

    public DossierBuilder Stance(string key)
    {
        _stances.Add(new Stance(key, key, null, null, _stances.Count + 1, Origin("Stances", _stances)));
        return this;
    }

    public DossierBuilder Institution(string id, string name, string? parent = null, string? url = null)
    {
        _institutions.Add(new Institution(id, name, null, InstitutionType.Government, null, parent, url, null, null, Origin("Institutions", _institutions)));
        return this;
    }

    public DossierBuilder Person(string id, string name, string? institution = "I1", string? affiliation = null)
    {
        _people.Add(new Person(id, name, null, institution, affiliation, null, [], null, null, Origin("People", _people)));
        return this;
    }

    public DossierBuilder Source(string id, SourceType type = SourceType.Article, string? date = "2023-10-05", string? accessed = null, string? url = null, string? archivedUrl = null)
    {
        _sources.Add(new Source(id, type, [], "Title", null, null, Date(date), url, archivedUrl, Date(accessed), null, null, null, Origin("Sources", _sources)));
        return this;
    }

    public DossierBuilder Claim(string id, string[]? speakers = null, string institution = "I1", string stance = "support", string[]? sources = null, ClaimStatus status = ClaimStatus.Verified, string summary = "Summary", string? shortForm = null)
    {
        _claims.Add(new Claim(id, DateValue.OfDay(new DateOnly(2023, 10, 5)), null, null, speakers ?? ["P1"], institution, stance, summary, shortForm, null, [.. (sources ?? ["S1"]).Select(s => new Citation(s))], [], false, status, null, null, Origin("Claims", _claims)));
        return this;
    }

    public DossierBuilder Event(string id, params string[] sources)
    {
        _events.Add(new Event(id, DateValue.OfDay(new DateOnly(2023, 9, 1)), "Event", null, [.. sources.Select(s => new Citation(s))], [], Origin("Events", _events)));
        return this;
    }

    public Records.Dossier Build() => new(new BriefInfo(), _stances, _institutions, _people, _sources, _claims, _events);

    /// <summary>Each diagnostic as `Sheet!Cell CODE`.</summary>
    public IReadOnlyList<string> Validate() =>
        [.. DossierValidator.Validate(Build(), Locations).Select(d => $"{d.Location.Sheet}!{d.Location.Cell} {d.Code}")];

    public IReadOnlyList<string> Messages() =>
        [.. DossierValidator.Validate(Build(), Locations).Select(d => d.Message)];

    private static DateValue? Date(string? text) => text is null ? null : DateValue.Parse(text).Value;

    // The header is row 1, so the n-th record is on row n + 1.
    private static RecordOrigin Origin<T>(string sheet, List<T> records) => new(sheet, records.Count + 2);
}
