using BriefBuilder.Diagnostics;
using BriefBuilder.Records;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>Binds the Claims sheet. A claim without an Institution speaks for the institution its first speaker speaks
/// for, or for none when that speaker speaks for none (a personal capacity; an Affiliation never counts); an empty Date
/// is an undated statement; an empty Status is draft, since a claim is verified only when someone says so.</summary>
internal static class ClaimBinder
{
    public static List<Claim> Bind(SheetTable table, BindingContext context, IReadOnlyDictionary<string, Person> people, IReadOnlySet<string> sourceIds)
    {
        var claims = new List<Claim>();
        foreach (var row in table.Records)
        {
            var fields = new RowFields(table, row, context);
            var id = fields.Text(ClaimsSheet.Id);
            var date = fields.Date(ClaimsSheet.Date);
            var window = fields.Date(ClaimsSheet.Window);
            var displayDate = fields.Text(ClaimsSheet.DisplayDate);
            var speakers = fields.List(ClaimsSheet.Speaker);
            var institution = fields.Text(ClaimsSheet.Institution) ?? SpeakersInstitution(fields, speakers, people);
            var stance = fields.Text(ClaimsSheet.Stance);
            var summary = fields.Text(ClaimsSheet.Summary);
            var shortForm = fields.Text(ClaimsSheet.ShortForm);
            var quote = fields.Text(ClaimsSheet.Quote);
            var citations = WithLocatorColumn(fields, fields.Citations(ClaimsSheet.Sources, sourceIds));
            var tags = fields.List(ClaimsSheet.Tags);
            var isKey = fields.Flag(ClaimsSheet.Key);
            var status = fields.Choice(ClaimsSheet.Status, Vocabularies.ClaimStatuses, whenEmpty: ClaimStatus.Draft, whenWrong: Fallbacks.Status);
            var notes = fields.Text(ClaimsSheet.Notes);
            var correction = fields.Text(ClaimsSheet.Correction);
            if (date is not null && window is not null)
            {
                context.Diagnostics.Report(fields.Location(ClaimsSheet.Window), WorkbookCodes.WindowOfDatedClaim, $"{ClaimsSheet.Window.Name}: the claim has a Date, so its window '{window}' is ignored; a window is for statements with no date of their own");
                window = null;
            }

            if (id is not null)
            {
                claims.Add(new Claim(
                    id, date, window, displayDate, speakers, institution, stance ?? string.Empty, summary ?? string.Empty, shortForm, quote,
                    citations, tags, isKey, status, notes, correction, fields.Origin));
            }
        }

        return claims;
    }

    // The Locator column is the earlier form: one locator for the claim, which belongs to the first source listed.
    private static IReadOnlyList<Citation> WithLocatorColumn(RowFields fields, IReadOnlyList<Citation> citations)
    {
        if (fields.Text(ClaimsSheet.Locator) is not { } locator || citations.Count == 0)
        {
            return citations;
        }

        var first = citations[0];
        if (first.Locator is not null)
        {
            fields.Report(
                ClaimsSheet.Locator,
                WorkbookCodes.LocatorGivenTwice,
                $"{ClaimsSheet.Locator.Name}: '{locator}' and Sources ('{first.SourceId} {first.Locator}') both say where in {first.SourceId}: keep the one in Sources and empty this cell");
            return citations;
        }

        if (citations.Count > 1)
        {
            fields.Report(
                ClaimsSheet.Locator,
                WorkbookCodes.LocatorOfFirstSource,
                $"{ClaimsSheet.Locator.Name}: '{locator}' is read as where in {first.SourceId}, the first of {citations.Count} sources; to say so in one place, write it after its source in Sources ('{first.SourceId} {locator}; {citations[1].SourceId}') and empty this cell");
        }

        return [first with { Locator = locator }, .. citations.Skip(1)];
    }

    // An unknown speaker gives no institution and no error here: validation reports the speaker itself.
    private static string? SpeakersInstitution(RowFields fields, IReadOnlyList<string> speakers, IReadOnlyDictionary<string, Person> people)
    {
        if (speakers.Count == 0)
        {
            fields.Missing(ClaimsSheet.Institution, "Institution is empty and there is no Speaker: a claim needs one or the other");
            return null;
        }

        return people.TryGetValue(speakers[0], out var speaker) ? speaker.InstitutionId : null;
    }
}
