using System.Text.Encodings.Web;
using System.Text.Json;
using BriefBuilder.Dates;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Bibliography.Csl;

/// <summary>Writes sources as a CSL-JSON array, in the order given, each item's keys in one fixed order, so equal input gives equal bytes.</summary>
public static class CslJsonWriter
{
    // Relaxed escaping keeps Armenian and Cyrillic readable in the file; the output is never embedded in HTML.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The workbook's sources, for reference managers: besides the CSL items, each date CSL cannot say whole (an
    /// open or unknown end, an uncertain or unspecified part) as its EDTF text in <c>raw</c>, and a document's genre also
    /// as a <c>genre:</c> line of <c>note</c>, which Zotero keeps in its Extra field where its Document type has no genre.</summary>
    public static void Write(IEnumerable<Source> sources, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(sources);
        Write(sources.Select(s => (s.ToCslItem(), Raw(s.Date))), stream, forReferenceManagers: true);
    }

    /// <summary>The CSL items alone, as citeproc reads them.</summary>
    public static void Write(IEnumerable<CslItem> items, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(items);
        Write(items.Select(item => (item, (string?)null)), stream, forReferenceManagers: false);
    }

    private static void Write(IEnumerable<(CslItem Item, string? Raw)> items, Stream stream, bool forReferenceManagers)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartArray();
        foreach (var (item, raw) in items)
        {
            WriteItem(json, item, raw, forReferenceManagers);
        }

        json.WriteEndArray();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    // The EDTF text of a date CSL's date-parts lose something of.
    private static string? Raw(DateValue? date)
    {
        if (date is null)
        {
            return null;
        }

        var text = date.ToString();
        var partial = (date.IsInterval && (date.StartKind != IntervalEnd.Known || date.EndKind != IntervalEnd.Known))
            || date.Start?.IsUncertain == true || date.End?.IsUncertain == true || text.Contains('X', StringComparison.Ordinal);
        return partial ? text : null;
    }

    private static void WriteItem(Utf8JsonWriter json, CslItem item, string? raw, bool forReferenceManagers)
    {
        json.WriteStartObject();
        json.WriteString("id", item.Id);
        json.WriteString("type", item.Type.ToCslName());
        WriteIfPresent(json, "genre", item.Genre);
        if (item.Authors.Count > 0)
        {
            json.WriteStartArray("author");
            foreach (var name in item.Authors)
            {
                WriteName(json, name);
            }

            json.WriteEndArray();
        }

        WriteIfPresent(json, "title", item.TitleIsDescription && item.Title is { } description ? $"[{description}]" : item.Title);
        WriteIfPresent(json, "container-title", item.ContainerTitle);
        WriteIfPresent(json, "collection-title", item.CollectionTitle);
        WriteIfPresent(json, "publisher", item.Publisher);
        WriteDate(json, "issued", item.Issued, raw);
        WriteDate(json, "accessed", item.Accessed);
        WriteIfPresent(json, "URL", item.Url);
        var genreLine = forReferenceManagers && item.Type == CslType.Document && item.Genre is { } genre ? $"genre: {genre}" : null;
        WriteIfPresent(json, "note", genreLine is null ? item.Note : item.Note is null ? genreLine : $"{genreLine}\n{item.Note}");
        WriteIfPresent(json, "language", item.Language);
        json.WriteEndObject();
    }

    private static void WriteName(Utf8JsonWriter json, CslName name)
    {
        json.WriteStartObject();
        WriteIfPresent(json, "family", name.Family);
        WriteIfPresent(json, "given", name.Given);
        WriteIfPresent(json, "non-dropping-particle", name.Particle);
        WriteIfPresent(json, "dropping-particle", name.DroppingParticle);
        WriteIfPresent(json, "literal", name.Literal);
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string key, CslDate? date, string? raw = null)
    {
        if (date is null)
        {
            return;
        }

        json.WriteStartObject(key);
        if (raw is not null)
        {
            json.WriteString("raw", raw);
        }

        if (date.Literal is not null)
        {
            json.WriteString("literal", date.Literal);
        }
        else
        {
            json.WriteStartArray("date-parts");
            foreach (var parts in date.Parts)
            {
                json.WriteStartArray();
                json.WriteNumberValue(parts.Year);
                if (parts.Month is { } month)
                {
                    json.WriteNumberValue(month);
                    if (parts.Day is { } day)
                    {
                        json.WriteNumberValue(day);
                    }
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        if (date.Season is { } season)
        {
            // CSL-JSON numbers seasons 1 to 4 where EDTF numbers them 21 to 24.
            json.WriteNumber("season", (int)season - 20);
        }

        if (date.Circa)
        {
            json.WriteBoolean("circa", true);
        }

        json.WriteEndObject();
    }

    private static void WriteIfPresent(Utf8JsonWriter json, string key, string? value)
    {
        if (value is not null)
        {
            json.WriteString(key, value);
        }
    }
}
