using BriefBuilder.Records;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>Binds the Events sheet.</summary>
internal static class EventBinder
{
    public static List<Event> Bind(SheetTable table, BindingContext context, IReadOnlySet<string> sourceIds)
    {
        var events = new List<Event>();
        foreach (var row in table.Records)
        {
            var fields = new RowFields(table, row, context);
            var id = fields.Text(EventsSheet.Id);
            var date = fields.Date(EventsSheet.Date);
            var title = fields.Text(EventsSheet.Title);
            var description = fields.Text(EventsSheet.Description);
            var sources = fields.Citations(EventsSheet.Sources, sourceIds);
            var tags = fields.List(EventsSheet.Tags);
            if (id is not null)
            {
                events.Add(new Event(id, date ?? Fallbacks.Date, title ?? string.Empty, description, sources, tags, fields.Origin));
            }
        }

        return events;
    }
}
