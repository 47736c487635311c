using BriefBuilder.Diagnostics;
using BriefBuilder.Records;

namespace BriefBuilder.Validation;

/// <summary>Every text a dossier holds, with the cell it was read from, so that a problem found in printed text (a
/// character no font has) is reported where the user can fix it.</summary>
public static class DossierTexts
{
    // Every string a record holds, property by property in declaration order, named by the property: the lists of
    // strings item by item, and of a list of parts (citations, authors) every string of each part. Written out rather
    // than found by reflection, which compiled a stub for each getter at every start (75 of them, 30 ms of `check` on
    // the sample) and called each through it; a test finds the same texts by reflection, so a field added to a record
    // and not here fails it.
    public static IEnumerable<DossierText> Of(Dossier dossier, FieldLocations locations)
    {
        foreach (var (origin, texts) in Records(dossier, []))
        {
            foreach (var (field, text) in texts)
            {
                yield return new DossierText(text, origin, field, locations);
            }
        }
    }

    // Each record's texts in turn, in one list filled anew for each (the brief's own fields last, with no origin).
    private static IEnumerable<(RecordOrigin? Origin, List<(string Field, string Text)> Texts)> Records(Dossier dossier, List<(string Field, string Text)> texts)
    {
        foreach (var claim in dossier.Claims)
        {
            yield return (claim.Origin, Fill(texts, claim));
        }

        foreach (var person in dossier.People)
        {
            yield return (person.Origin, Fill(texts, person));
        }

        foreach (var institution in dossier.Institutions)
        {
            yield return (institution.Origin, Fill(texts, institution));
        }

        foreach (var source in dossier.Sources)
        {
            yield return (source.Origin, Fill(texts, source));
        }

        foreach (var item in dossier.Events)
        {
            yield return (item.Origin, Fill(texts, item));
        }

        foreach (var stance in dossier.Stances)
        {
            yield return (stance.Origin, Fill(texts, stance));
        }

        yield return (null, Fill(texts, dossier.Brief));
    }

    /// <summary>The first cell whose text holds this character, or null.</summary>
    public static SourceLocation? Holding(Dossier dossier, FieldLocations locations, int codePoint)
    {
        foreach (var text in Of(dossier, locations))
        {
            if (text.Text.EnumerateRunes().Any(r => r.Value == codePoint))
            {
                return text.Where;
            }
        }

        return null;
    }

    private static List<(string Field, string Text)> Fill(List<(string Field, string Text)> texts, Claim claim)
    {
        texts.Clear();
        Add(texts, nameof(Claim.Id), claim.Id);
        Add(texts, nameof(Claim.DisplayDate), claim.DisplayDate);
        Add(texts, nameof(Claim.SpeakerIds), claim.SpeakerIds);
        Add(texts, nameof(Claim.InstitutionId), claim.InstitutionId);
        Add(texts, nameof(Claim.StanceKey), claim.StanceKey);
        Add(texts, nameof(Claim.Summary), claim.Summary);
        Add(texts, nameof(Claim.ShortForm), claim.ShortForm);
        Add(texts, nameof(Claim.Quote), claim.Quote);
        Add(texts, nameof(Claim.Citations), claim.Citations);
        Add(texts, nameof(Claim.Tags), claim.Tags);
        Add(texts, nameof(Claim.Notes), claim.Notes);
        Add(texts, nameof(Claim.Correction), claim.Correction);
        Add(texts, nameof(Claim.SourceIds), claim.SourceIds);
        return texts;
    }

    private static List<(string Field, string Text)> Fill(List<(string Field, string Text)> texts, Person person)
    {
        texts.Clear();
        Add(texts, nameof(Person.Id), person.Id);
        Add(texts, nameof(Person.Name), person.Name);
        Add(texts, nameof(Person.Role), person.Role);
        Add(texts, nameof(Person.InstitutionId), person.InstitutionId);
        Add(texts, nameof(Person.AffiliationId), person.AffiliationId);
        Add(texts, nameof(Person.Country), person.Country);
        Add(texts, nameof(Person.Aliases), person.Aliases);
        Add(texts, nameof(Person.Notes), person.Notes);
        Add(texts, nameof(Person.Correction), person.Correction);
        Add(texts, nameof(Person.IdentifyingInstitutionId), person.IdentifyingInstitutionId);
        return texts;
    }

    private static List<(string Field, string Text)> Fill(List<(string Field, string Text)> texts, Institution institution)
    {
        texts.Clear();
        Add(texts, nameof(Institution.Id), institution.Id);
        Add(texts, nameof(Institution.Name), institution.Name);
        Add(texts, nameof(Institution.ShortName), institution.ShortName);
        Add(texts, nameof(Institution.Country), institution.Country);
        Add(texts, nameof(Institution.ParentId), institution.ParentId);
        Add(texts, nameof(Institution.Url), institution.Url);
        Add(texts, nameof(Institution.Notes), institution.Notes);
        Add(texts, nameof(Institution.Correction), institution.Correction);
        return texts;
    }

    private static List<(string Field, string Text)> Fill(List<(string Field, string Text)> texts, Source source)
    {
        texts.Clear();
        Add(texts, nameof(Source.Id), source.Id);
        foreach (var author in source.Authors)
        {
            switch (author)
            {
                case PersonName person:
                    Add(texts, nameof(Source.Authors), person.Family);
                    Add(texts, nameof(Source.Authors), person.Given);
                    Add(texts, nameof(Source.Authors), person.Particle);
                    Add(texts, nameof(Source.Authors), person.DroppingParticle);
                    Add(texts, nameof(Source.Authors), person.FamilyWithParticle);
                    break;
                case OrganizationName organization:
                    Add(texts, nameof(Source.Authors), organization.Name);
                    break;
            }
        }

        Add(texts, nameof(Source.Title), source.Title);
        Add(texts, nameof(Source.Container), source.Container);
        Add(texts, nameof(Source.Publisher), source.Publisher);
        Add(texts, nameof(Source.Url), source.Url);
        Add(texts, nameof(Source.ArchivedUrl), source.ArchivedUrl);
        Add(texts, nameof(Source.Language), source.Language);
        Add(texts, nameof(Source.Notes), source.Notes);
        Add(texts, nameof(Source.Correction), source.Correction);
        Add(texts, nameof(Source.PlainTitle), source.PlainTitle);
        return texts;
    }

    private static List<(string Field, string Text)> Fill(List<(string Field, string Text)> texts, Event item)
    {
        texts.Clear();
        Add(texts, nameof(Event.Id), item.Id);
        Add(texts, nameof(Event.Title), item.Title);
        Add(texts, nameof(Event.Description), item.Description);
        Add(texts, nameof(Event.Citations), item.Citations);
        Add(texts, nameof(Event.Tags), item.Tags);
        Add(texts, nameof(Event.SourceIds), item.SourceIds);
        return texts;
    }

    private static List<(string Field, string Text)> Fill(List<(string Field, string Text)> texts, Stance stance)
    {
        texts.Clear();
        Add(texts, nameof(Stance.Key), stance.Key);
        Add(texts, nameof(Stance.Label), stance.Label);
        Add(texts, nameof(Stance.Description), stance.Description);
        Add(texts, nameof(Stance.Color), stance.Color);
        return texts;
    }

    private static List<(string Field, string Text)> Fill(List<(string Field, string Text)> texts, BriefInfo brief)
    {
        texts.Clear();
        Add(texts, nameof(BriefInfo.Title), brief.Title);
        Add(texts, nameof(BriefInfo.Subtitle), brief.Subtitle);
        Add(texts, nameof(BriefInfo.Organization), brief.Organization);
        Add(texts, nameof(BriefInfo.Author), brief.Author);
        Add(texts, nameof(BriefInfo.Contact), brief.Contact);
        Add(texts, nameof(BriefInfo.Summary), brief.Summary);
        Add(texts, nameof(BriefInfo.Disclaimer), brief.Disclaimer);
        Add(texts, nameof(BriefInfo.Language), brief.Language);
        Add(texts, nameof(BriefInfo.CodingNote), brief.CodingNote);
        return texts;
    }

    private static void Add(List<(string Field, string Text)> texts, string field, string? text)
    {
        if (text is not null)
        {
            texts.Add((field, text));
        }
    }

    private static void Add(List<(string Field, string Text)> texts, string field, IReadOnlyList<string> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            texts.Add((field, items[i]));
        }
    }

    private static void Add(List<(string Field, string Text)> texts, string field, IReadOnlyList<Citation> citations)
    {
        for (var i = 0; i < citations.Count; i++)
        {
            Add(texts, field, citations[i].SourceId);
            Add(texts, field, citations[i].Locator);
        }
    }
}

/// <summary>A text of the dossier and the field it was read from; its cell is worked out only when asked for.</summary>
public readonly record struct DossierText(string Text, RecordOrigin? Origin, string Field, FieldLocations Locations)
{
    /// <summary>The cell the text was read from (the Brief sheet for the brief's own fields).</summary>
    public SourceLocation Where => Origin is { } origin ? Locations.Locate(origin, Field) : new SourceLocation(Locations.File, "Brief");
}
