using System.Text.Encodings.Web;
using System.Text.Json;
using BriefBuilder.Composition.Archive;
using BriefBuilder.Records;

namespace BriefBuilder.Cli.Output;

/// <summary>What `diff` prints: the statements added, changed and withdrawn, by ID, as lines a person reads or as JSON.</summary>
public static class ChangesRenderer
{
    public static void Text(string older, string newer, ClaimChanges changes, CliOutput output)
    {
        var o = output.Out;
        o.WriteLine($"From {older}");
        o.WriteLine($"  to {newer}:");
        foreach (var claim in changes.Added)
        {
            o.WriteLine($"added      {claim.Id}  {Date(claim)}  {claim.Summary}");
        }

        foreach (var claim in changes.Changed)
        {
            foreach (var field in claim.Fields)
            {
                o.WriteLine($"changed    {claim.Id}  {field.Field}");
                o.WriteLine($"             was: {field.Old ?? "(empty)"}");
                o.WriteLine($"             now: {field.New ?? "(empty)"}");
            }
        }

        foreach (var claim in changes.Withdrawn)
        {
            o.WriteLine($"withdrawn  {claim.Id}  {Date(claim)}  {claim.Summary}");
        }

        o.WriteLine($"{changes.Added.Count} added, {changes.Changed.Count} changed, {changes.Withdrawn.Count} withdrawn.");
    }

    public static void Json(string older, string newer, ClaimChanges changes, CliOutput output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("old", older);
            json.WriteString("new", newer);
            Claims(json, "added", changes.Added);
            json.WriteStartArray("changed");
            foreach (var claim in changes.Changed)
            {
                json.WriteStartObject();
                json.WriteString("id", claim.Id);
                json.WriteStartArray("fields");
                foreach (var field in claim.Fields)
                {
                    json.WriteStartObject();
                    json.WriteString("field", field.Field);
                    json.WriteString("old", field.Old);
                    json.WriteString("new", field.New);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Claims(json, "withdrawn", changes.Withdrawn);
            json.WriteEndObject();
        }

        output.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Date(Claim claim) => claim.Date?.ToString() ?? "undated";

    private static void Claims(Utf8JsonWriter json, string name, IReadOnlyList<Claim> claims)
    {
        json.WriteStartArray(name);
        foreach (var claim in claims)
        {
            json.WriteStartObject();
            json.WriteString("id", claim.Id);
            json.WriteString("date", claim.Date?.ToString());
            json.WriteString("summary", claim.Summary);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
