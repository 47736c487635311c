using System.Globalization;
using System.Text.Json;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Layout.Document;

namespace BriefBuilder.Composition.Archive;

/// <summary>Reads a manifest.json back. A manifest that is not JSON, is of another format, or lacks a value a check or
/// a rebuild needs gives a message naming the key, never an exception.</summary>
public static class ManifestReader
{
    public static (SnapshotManifest? Manifest, string? Problem) Read(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            var format = Text(root, "format");
            if (format != ManifestWriter.Format)
            {
                return (null, $"the manifest's format is '{format ?? "none"}', not '{ManifestWriter.Format}'");
            }

            var options = Required(root, "options");
            var filters = Required(root, "filters");
            var manifest = new SnapshotManifest(
                RequiredText(Required(root, "tool"), "tool.version", "version"),
                RequiredText(Required(root, "workbook"), "workbook.file", "file"),
                RequiredText(Required(root, "workbook"), "workbook.sha256", "sha256"),
                RequiredText(Required(root, "template"), "template.name", "name"),
                RequiredText(Required(root, "template"), "template.file", "file"),
                RequiredText(Required(root, "template"), "template.sha256", "sha256"),
                ReadOptions(options),
                Day(root, "as-of"),
                Text(root, "language") ?? string.Empty,
                Text(root, "paper") ?? string.Empty,
                Sheets(Required(root, "workbook")),
                new SelectionCriteria(Strings(filters, "stances"), Strings(filters, "tags"), Flag(filters, "verified-only"), Flag(filters, "key-only"),
                    Day(filters, "from"), Day(filters, "to"), Number(filters, "year"), Day(options, "as-of")),
                Strings(root, "statements"),
                Text(root, "build") ?? string.Empty);
            return (manifest, null);
        }
        catch (JsonException e)
        {
            return (null, $"the manifest is not valid JSON ({e.Message})");
        }
        catch (ManifestException e)
        {
            return (null, e.Message);
        }
    }

    private static BriefOptions ReadOptions(JsonElement options)
    {
        PaperSize? paper = Text(options, "paper") is { } name
            ? Enum.TryParse<PaperSize>(name, ignoreCase: true, out var size) ? size : throw new ManifestException($"the manifest's options.paper '{name}' is no paper size")
            : null;
        var since = options.TryGetProperty("since", out var s) && s.ValueKind == JsonValueKind.Object
            ? new PriorSnapshot(RequiredText(s, "options.since.file", "file"), RequiredText(s, "options.since.sha256", "sha256"), Day(s, "as-of"), Strings(s, "statements"))
            : null;
        var epoch = options.TryGetProperty("source-date-epoch", out var e) && e.ValueKind == JsonValueKind.Number ? e.GetInt64() : (long?)null;
        return new BriefOptions(
            Day(options, "as-of"),
            Number(options, "year"),
            Text(options, "language"),
            paper,
            Flag(options, "pdfa"),
            epoch is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null,
            since);
    }

    private static List<SheetRows> Sheets(JsonElement workbook) =>
        workbook.TryGetProperty("sheets", out var sheets) && sheets.ValueKind == JsonValueKind.Object
            ? [.. sheets.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number).Select(p => new SheetRows(p.Name, p.Value.GetInt32()))]
            : [];

    private static JsonElement Required(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : throw new ManifestException($"the manifest has no '{name}'");

    private static string RequiredText(JsonElement parent, string path, string name) =>
        Text(parent, name) ?? throw new ManifestException($"the manifest has no '{path}'");

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Flag(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static int? Number(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    private static DateOnly? Day(JsonElement parent, string name) =>
        Text(parent, name) is { } text
            ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : throw new ManifestException($"the manifest's '{name}' is not a day: '{text}'")
            : null;

    private static List<string> Strings(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    /// <summary>A manifest without something it must have; caught in <see cref="Read"/> and returned as its message.</summary>
    private sealed class ManifestException(string message) : Exception(message);
}
