using System.Text.Encodings.Web;
using System.Text.Json;
using BriefBuilder.Records;

namespace BriefBuilder.Cli.Exports;

/// <summary>The statements as JSON-LD: one schema.org `Claim` per statement, its speakers (or the body it was made for)
/// as `author`, its date as `datePublished` (EDTF text), its sources as `appearance` (a cited place, "paras. 6–7", as a
/// part of its source with `bb:locator`), and its stance as a property of
/// BriefBuilder's own vocabulary, `bb:stance`: a curator's coding, never a rating of the statement's truth, so no
/// `ClaimReview` or `reviewRating` is written.</summary>
public static class JsonLdExport
{
    /// <summary>The IRI of BriefBuilder's own terms.</summary>
    public const string Vocabulary = "urn:briefbuilder:vocabulary:";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Dossier dossier, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteStartObject("@context");
        json.WriteString("@vocab", "https://schema.org/");
        json.WriteString("bb", Vocabulary);
        json.WriteEndObject();
        json.WriteStartArray("@graph");
        foreach (var claim in dossier.Claims)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Claim");
            json.WriteString("@id", "#" + claim.Id);
            json.WriteString("identifier", claim.Id);
            json.WriteString("text", claim.Summary);
            if (claim.Date is { } date)
            {
                json.WriteString("datePublished", date.ToString());
            }

            json.WriteStartArray("author");
            foreach (var person in claim.SpeakerIds.Select(dossier.FindPerson).OfType<Person>())
            {
                Agent(json, "Person", "#" + person.Id, person.Name);
            }

            if (claim.SpeakerIds.Count == 0 && claim.InstitutionId is { } body && dossier.FindInstitution(body) is { } institution)
            {
                Agent(json, "Organization", "#" + institution.Id, institution.Name);
            }

            json.WriteEndArray();
            json.WriteStartArray("appearance");
            foreach (var citation in claim.Citations)
            {
                if (dossier.FindSource(citation.SourceId) is not { } source)
                {
                    continue;
                }

                // A place belongs to the citation, not to the source: "paras. 6–7" of S01 is a part of S01.
                if (string.IsNullOrWhiteSpace(citation.Locator))
                {
                    Appearance(json, source);
                    continue;
                }

                json.WriteStartObject();
                json.WriteString("@type", "CreativeWork");
                json.WriteString("bb:locator", citation.Locator.Trim());
                json.WritePropertyName("isPartOf");
                Appearance(json, source);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (dossier.FindStance(claim.StanceKey) is { } stance)
            {
                json.WriteStartObject("bb:stance");
                json.WriteString("@id", Vocabulary + "stance/" + Uri.EscapeDataString(stance.Key));
                json.WriteString("name", stance.Label);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void Agent(Utf8JsonWriter json, string type, string id, string name)
    {
        json.WriteStartObject();
        json.WriteString("@type", type);
        json.WriteString("@id", id);
        json.WriteString("name", name);
        json.WriteEndObject();
    }

    private static void Appearance(Utf8JsonWriter json, Source source)
    {
        json.WriteStartObject();
        json.WriteString("@type", "CreativeWork");
        json.WriteString("@id", "#" + source.Id);
        if (source.PlainTitle is { } title)
        {
            json.WriteString("name", title);
        }

        if (source.Url is { } url)
        {
            json.WriteString("url", url);
        }

        if (source.Date is { } date)
        {
            json.WriteString("datePublished", date.ToString());
        }

        if (source.Publisher is { } publisher)
        {
            json.WriteString("publisher", publisher);
        }

        json.WriteEndObject();
    }
}
