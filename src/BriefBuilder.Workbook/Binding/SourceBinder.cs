using BriefBuilder.Records;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>Binds the Sources sheet; each `;`-separated author is read by <see cref="Contributor.Parse"/>.</summary>
internal static class SourceBinder
{
    public static List<Source> Bind(SheetTable table, BindingContext context)
    {
        var sources = new List<Source>();
        foreach (var row in table.Records)
        {
            var fields = new RowFields(table, row, context);
            var id = fields.Text(SourcesSheet.Id);
            var type = fields.Choice(SourcesSheet.Type, Vocabularies.SourceTypes, whenEmpty: Fallbacks.SourceType, whenWrong: Fallbacks.SourceType);
            var authors = fields.List(SourcesSheet.Authors).Select(Contributor.Parse).ToList();
            var title = fields.Text(SourcesSheet.Title);
            var container = fields.Text(SourcesSheet.Container);
            var publisher = fields.Text(SourcesSheet.Publisher);
            var date = fields.Date(SourcesSheet.Date);
            var url = fields.Text(SourcesSheet.Url);
            var archivedUrl = fields.Text(SourcesSheet.ArchivedUrl);
            var accessed = fields.Date(SourcesSheet.Accessed);
            var language = fields.Text(SourcesSheet.Language);
            var notes = fields.Text(SourcesSheet.Notes);
            var correction = fields.Text(SourcesSheet.Correction);
            if (id is not null)
            {
                sources.Add(new Source(id, type, authors, title, container, publisher, date, url, archivedUrl, accessed, language, notes, correction, fields.Origin));
            }
        }

        return sources;
    }
}
