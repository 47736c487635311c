using BriefBuilder.Dates;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Builders;

/// <summary>Builds small dossiers in code, so each test shows the records it is about.</summary>
internal sealed class DossierBuilder
{
    private readonly List<Stance> _stances = [];
    private readonly List<Institution> _institutions = [];
    private readonly List<Person> _people = [];
    private readonly List<Source> _sources = [];
    private readonly List<Claim> _claims = [];
    private readonly List<Event> _events = [];
    private BriefInfo _brief = new("Positions on the displacement", "A test dossier", "Test Institute", "A. Author", Summary: "Two camps disagree.");

    public DossierBuilder Brief(BriefInfo brief)
    {
        _brief = brief;
        return this;
    }

    public DossierBuilder Stance(string key, string label, string? description = null, string? color = null)
    {
        _stances.Add(new Stance(key, label, description, color, _stances.Count + 1, new RecordOrigin("Stances", _stances.Count + 2)));
        return this;
    }

    public DossierBuilder Institution(string id, string name, InstitutionType type = InstitutionType.Government, string? shortName = null, string? country = null)
    {
        _institutions.Add(new Institution(id, name, shortName, type, country, null, null, null, null, new RecordOrigin("Institutions", _institutions.Count + 2)));
        return this;
    }

    public DossierBuilder Person(string id, string name, string? role = null, string? institution = null, string? country = null, string? affiliation = null, string? notes = null, string? correction = null)
    {
        _people.Add(new Person(id, name, role, institution, affiliation, country, [], notes, correction, new RecordOrigin("People", _people.Count + 2)));
        return this;
    }

    /// <summary>A source; <paramref name="author"/> is read as a workbook's Authors item ("Family, Given" or an organisation).</summary>
    public DossierBuilder Source(string id, string? title = null, DateValue? date = null, SourceType type = SourceType.Article, string? url = null, string? author = null)
    {
        _sources.Add(new Source(id, type, [Contributor.Parse(author ?? "Publisher " + id)], title ?? "Title " + id, null, null, date, url, null, null, null, null, null, new RecordOrigin("Sources", _sources.Count + 2)));
        return this;
    }

    /// <summary>A claim; a null <paramref name="date"/> is an undated statement (with its <paramref name="window"/>);
    /// <paramref name="locator"/> belongs to the first source, <paramref name="citations"/> replace the sources when given.</summary>
    public DossierBuilder Claim(
        string id,
        DateValue? date,
        string stance,
        string? institution,
        IReadOnlyList<string>? speakers = null,
        IReadOnlyList<string>? sources = null,
        string? summary = null,
        string? quote = null,
        string? displayDate = null,
        IReadOnlyList<string>? tags = null,
        ClaimStatus status = ClaimStatus.Verified,
        string? locator = null,
        DateValue? window = null,
        string? shortForm = null,
        bool isKey = false,
        IReadOnlyList<Citation>? citations = null,
        string? notes = null,
        string? correction = null)
    {
        var cited = citations ?? [.. (sources ?? []).Select((s, i) => new Citation(s, i == 0 ? locator : null))];
        _claims.Add(new Claim(
            id, date, window, displayDate, speakers ?? [], institution, stance, summary ?? $"Summary of {id}.", shortForm, quote,
            cited, tags ?? [], isKey, status, notes, correction, new RecordOrigin("Claims", _claims.Count + 2)));
        return this;
    }

    public DossierBuilder Event(string id, DateValue date, string title, IReadOnlyList<string>? sources = null, IReadOnlyList<string>? tags = null)
    {
        _events.Add(new Event(id, date, title, null, [.. (sources ?? []).Select(s => new Citation(s))], tags ?? [], new RecordOrigin("Events", _events.Count + 2)));
        return this;
    }

    public Dossier Build() => new(_brief, _stances, _institutions, _people, _sources, _claims, _events);

    /// <summary>Two stances, three institutions, three people, four sources, six claims and two events over autumn 2023.</summary>
    public static DossierBuilder Sample() => new DossierBuilder()
        .Stance("recognises", "Recognises forced displacement", "Calls the exodus ethnic cleansing or forced displacement.")
        .Stance("disputes", "Disputes or withholds the term", "Denies, doubts or declines to characterise.")
        .Institution("I01", "Ministry of Foreign Affairs", InstitutionType.Government, "MFA", "XA")
        .Institution("I02", "United Nations Refugee Agency", InstitutionType.Intergovernmental, "UNHCR")
        .Institution("I03", "European Parliament", InstitutionType.Parliament, "EP")
        .Person("P01", "Maria Example", "Spokeswoman", "I01", "XA")
        .Person("P02", "Kofi Sample", "Representative", "I02")
        .Person("P03", "Ana Placeholder", "Member", "I03")
        .Source("S01", "Statement on the situation", Edtf.On(2023, 9, 29), author: "UNHCR")
        .Source("S02", "Resolution on the exodus", Edtf.On(2023, 10, 5), SourceType.Resolution, "https://example.org/res", "European Parliament")
        .Source("S03", "Interview", Edtf.On(2023, 11, 2), SourceType.Interview, author: "Example, Maria")
        .Source("S04", "Report of the mission", Edtf.On(2024, 4, 15), SourceType.Report, author: "Council of Europe")
        .Event("E01", Edtf.On(2023, 9, 19), "Military operation begins", ["S01"])
        .Event("E02", Edtf.Between(Edtf.Day(2023, 9, 24), Edtf.Day(2023, 9, 30)), "Mass departure")
        .Claim("C01", Edtf.On(2023, 9, 29), "disputes", "I02", ["P02"], ["S01"])
        .Claim("C02", Edtf.On(2023, 10, 5), "recognises", "I03", ["P03"], ["S02"], quote: "This is ethnic cleansing.")
        .Claim("C03", Edtf.On(2023, 10, 5), "disputes", "I01", ["P01"], ["S03"])
        .Claim("C04", Edtf.On(Edtf.Month(2023, 10, DateQualifiers.Approximate)), "recognises", "I03", [], ["S02"])
        .Claim("C05", Edtf.On(2023, 11, 2), "disputes", "I01", ["P01"], ["S03"])
        .Claim("C06", Edtf.On(2024, 4, 15), "recognises", "I02", ["P02"], ["S04"]);
}
