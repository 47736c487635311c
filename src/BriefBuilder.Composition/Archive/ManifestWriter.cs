using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using BriefBuilder.Composition.Filtering;

namespace BriefBuilder.Composition.Archive;

/// <summary>Writes a manifest as indented UTF-8 JSON, keys always in the same order, so the same snapshot always embeds
/// the same bytes. Names and IDs keep their letters (no \u escapes): the file is for people as much as for tools.</summary>
internal static class ManifestWriter
{
    /// <summary>The format's name and version, the first key of every manifest.</summary>
    public const string Format = "briefbuilder-snapshot-manifest/1";

    public static byte[] Write(SnapshotManifest manifest)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteStartObject("tool");
            json.WriteString("name", SnapshotManifest.ToolName);
            json.WriteString("version", manifest.ToolVersion);
            json.WriteEndObject();
            json.WriteStartObject("workbook");
            json.WriteString("file", manifest.WorkbookFile);
            json.WriteString("sha256", manifest.WorkbookSha256);
            json.WriteStartObject("sheets");
            foreach (var sheet in manifest.Sheets)
            {
                json.WriteNumber(sheet.Sheet, sheet.Rows);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("template");
            json.WriteString("name", manifest.TemplateName);
            json.WriteString("file", manifest.TemplateFile);
            json.WriteString("sha256", manifest.TemplateSha256);
            json.WriteEndObject();
            WriteOptions(json, manifest.Options);
            Day(json, "as-of", manifest.AsOf);
            json.WriteString("language", manifest.Language);
            json.WriteString("paper", manifest.Paper);
            WriteFilters(json, manifest.Filters);
            Strings(json, "statements", manifest.Statements);
            json.WriteString("build", manifest.Build);
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    // The options as the build asked for them (not as resolved), so a rebuild can ask for the same.
    private static void WriteOptions(Utf8JsonWriter json, BriefOptions options)
    {
        json.WriteStartObject("options");
        Day(json, "as-of", options.AsOf);
        Number(json, "year", options.Year);
        Text(json, "language", options.Language);
        Text(json, "paper", options.Paper is { } paper ? SnapshotManifest.PaperName(paper) : null);
        json.WriteBoolean("pdfa", options.PdfA);
        Number(json, "source-date-epoch", options.SourceDate?.ToUnixTimeSeconds());
        if (options.Since is { } since)
        {
            json.WriteStartObject("since");
            json.WriteString("file", since.FileName);
            json.WriteString("sha256", since.Sha256);
            Day(json, "as-of", since.AsOf);
            Strings(json, "statements", since.StatementIds);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("since");
        }

        json.WriteEndObject();
    }

    private static void WriteFilters(Utf8JsonWriter json, SelectionCriteria filters)
    {
        json.WriteStartObject("filters");
        Strings(json, "stances", filters.Stances);
        Strings(json, "tags", filters.Tags);
        json.WriteBoolean("verified-only", filters.VerifiedOnly);
        json.WriteBoolean("key-only", filters.KeyOnly);
        Day(json, "from", filters.From);
        Day(json, "to", filters.To);
        Number(json, "year", filters.Year);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Day(Utf8JsonWriter json, string name, DateOnly? day) =>
        Text(json, name, day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
