using BriefBuilder.Records;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>Binds the Institutions sheet; an empty Type means other.</summary>
internal static class InstitutionBinder
{
    public static List<Institution> Bind(SheetTable table, BindingContext context)
    {
        var institutions = new List<Institution>();
        foreach (var row in table.Records)
        {
            var fields = new RowFields(table, row, context);
            var id = fields.Text(InstitutionsSheet.Id);
            var name = fields.Text(InstitutionsSheet.Name);
            var shortName = fields.Text(InstitutionsSheet.ShortName);
            var type = fields.Choice(InstitutionsSheet.Type, Vocabularies.InstitutionTypes, whenEmpty: InstitutionType.Other, whenWrong: InstitutionType.Other);
            var country = fields.Text(InstitutionsSheet.Country);
            var parent = fields.Text(InstitutionsSheet.Parent);
            var url = fields.Text(InstitutionsSheet.Url);
            var notes = fields.Text(InstitutionsSheet.Notes);
            var correction = fields.Text(InstitutionsSheet.Correction);
            if (id is not null)
            {
                institutions.Add(new Institution(id, name ?? string.Empty, shortName, type, country, parent, url, notes, correction, fields.Origin));
            }
        }

        return institutions;
    }
}
