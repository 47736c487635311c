using BriefBuilder.Records;
using BriefBuilder.Validation;
using BriefBuilder.Workbooks.Cells;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>Turns the schema sheets' rows into model records, in dependency order (claims need people for their
/// default institution), and records which column each field came from.</summary>
internal static class DossierBinder
{
    public static (Dossier Dossier, FieldLocations Locations) Bind(IReadOnlyDictionary<SheetDefinition, SheetContent> sheets, BindingContext context)
    {
        var columns = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        SheetTable? Table(SheetDefinition definition)
        {
            if (!sheets.TryGetValue(definition, out var content))
            {
                return null;
            }

            var table = TableReader.Read(content, definition, context);
            if (table is not null)
            {
                columns[table.Name] = table.FieldColumns;
            }

            return table;
        }

        var brief = sheets.TryGetValue(BriefSheet.Definition, out var briefContent) ? BriefBinder.Bind(briefContent, context) : new BriefInfo();
        var stances = Table(StancesSheet.Definition) is { } s ? StanceBinder.Bind(s, context) : [];
        var institutions = Table(InstitutionsSheet.Definition) is { } i ? InstitutionBinder.Bind(i, context) : [];
        var people = Table(PeopleSheet.Definition) is { } p ? PersonBinder.Bind(p, context) : [];
        var sources = Table(SourcesSheet.Definition) is { } so ? SourceBinder.Bind(so, context) : [];
        var peopleById = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in people)
        {
            peopleById.TryAdd(person.Id, person);
        }

        var sourceIds = new HashSet<string>(sources.Select(source => source.Id), StringComparer.OrdinalIgnoreCase);
        var claims = Table(ClaimsSheet.Definition) is { } c ? ClaimBinder.Bind(c, context, peopleById, sourceIds) : [];
        var events = Table(EventsSheet.Definition) is { } e ? EventBinder.Bind(e, context, sourceIds) : [];
        var dossier = new Dossier(brief, stances, institutions, people, sources, claims, events);
        return (dossier, new FieldLocations(context.File, columns));
    }
}
