using BriefBuilder.Records;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>Binds the Claims sheet. A claim without an Institution speaks for its first speaker's institution, or for
/// none when that speaker has none (a personal capacity); an empty Status is draft, since a claim is verified only
/// when someone says so.</summary>
internal static class ClaimBinder
{
    public static List<Claim> Bind(SheetTable table, BindingContext context, IReadOnlyDictionary<string, Person> people)
    {
        var claims = new List<Claim>();
        foreach (var row in table.Records)
        {
            var fields = new RowFields(table, row, context);
            var id = fields.Text(ClaimsSheet.Id);
            var date = fields.Date(ClaimsSheet.Date);
            var displayDate = fields.Text(ClaimsSheet.DisplayDate);
            var speakers = fields.List(ClaimsSheet.Speaker);
            var institution = fields.Text(ClaimsSheet.Institution) ?? SpeakersInstitution(fields, speakers, people);
            var stance = fields.Text(ClaimsSheet.Stance);
            var summary = fields.Text(ClaimsSheet.Summary);
            var quote = fields.Text(ClaimsSheet.Quote);
            var sources = fields.List(ClaimsSheet.Sources);
            var locator = fields.Text(ClaimsSheet.Locator);
            var tags = fields.List(ClaimsSheet.Tags);
            var status = fields.Choice(ClaimsSheet.Status, Vocabularies.ClaimStatuses, whenEmpty: ClaimStatus.Draft, whenWrong: Fallbacks.Status);
            var notes = fields.Text(ClaimsSheet.Notes);
            if (id is not null)
            {
                claims.Add(new Claim(id, date ?? Fallbacks.Date, displayDate, speakers, institution, stance ?? string.Empty, summary ?? string.Empty, quote, sources, locator, tags, status, notes, fields.Origin));
            }
        }

        return claims;
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
