using BriefBuilder.Dates;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Bibliography.TestSources;

/// <summary>Builds a source field by field; authors are given as the workbook writes them ("Family, Given" or an organisation).</summary>
internal sealed class SourceBuilder(string id, SourceType type)
{
    private readonly List<Contributor> _authors = [];
    private string? _title;
    private string? _container;
    private string? _publisher;
    private DateValue? _date;
    private string? _url;
    private string? _archivedUrl;
    private DateValue? _accessed;
    private string? _language;

    public static SourceBuilder Source(string id, SourceType type) => new(id, type);

    public SourceBuilder By(params string[] authors)
    {
        _authors.AddRange(authors.Select(Contributor.Parse));
        return this;
    }

    public SourceBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    public SourceBuilder In(string container)
    {
        _container = container;
        return this;
    }

    public SourceBuilder PublishedBy(string publisher)
    {
        _publisher = publisher;
        return this;
    }

    public SourceBuilder Dated(DateValue date)
    {
        _date = date;
        return this;
    }

    public SourceBuilder At(string url)
    {
        _url = url;
        return this;
    }

    public SourceBuilder ArchivedAt(string url)
    {
        _archivedUrl = url;
        return this;
    }

    public SourceBuilder Accessed(DateValue date)
    {
        _accessed = date;
        return this;
    }

    public SourceBuilder InLanguage(string language)
    {
        _language = language;
        return this;
    }

    public Source Build() => new(
        id, type, [.. _authors], _title, _container, _publisher, _date, _url, _archivedUrl, _accessed, _language, null, null, RecordOrigin.None);

    public static implicit operator Source(SourceBuilder builder) => builder.Build();
}
