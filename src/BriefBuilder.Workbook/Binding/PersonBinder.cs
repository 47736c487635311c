using BriefBuilder.Records;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>Binds the People sheet.</summary>
internal static class PersonBinder
{
    public static List<Person> Bind(SheetTable table, BindingContext context)
    {
        var people = new List<Person>();
        foreach (var row in table.Records)
        {
            var fields = new RowFields(table, row, context);
            var id = fields.Text(PeopleSheet.Id);
            var name = fields.Text(PeopleSheet.Name);
            var role = fields.Text(PeopleSheet.Role);
            var institution = fields.Text(PeopleSheet.Institution);
            var affiliation = fields.Text(PeopleSheet.Affiliation);
            var country = fields.Text(PeopleSheet.Country);
            var aliases = fields.List(PeopleSheet.Aliases);
            var notes = fields.Text(PeopleSheet.Notes);
            var correction = fields.Text(PeopleSheet.Correction);
            if (id is not null)
            {
                people.Add(new Person(id, name ?? string.Empty, role, institution, affiliation, country, aliases, notes, correction, fields.Origin));
            }
        }

        return people;
    }
}
