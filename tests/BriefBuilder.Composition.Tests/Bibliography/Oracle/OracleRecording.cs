using System.Text.Encodings.Web;
using System.Text.Json;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>
/// What pandoc's citeproc printed for one test set, style and locale, and what it was made from: the file the oracle
/// tests compare with, written by the recorder and committed so the tests need neither pandoc nor the styles. Citations
/// are by source ID (each as citeproc printed it cited alone); entries are in citeproc's order.
/// </summary>
internal sealed record OracleRecording(
    string Set,
    string Style,
    string Locale,
    OracleProvenance MadeFrom,
    IReadOnlyDictionary<string, string> Citations,
    IReadOnlyList<OracleEntry> Entries)
{
    // Indented, one property a line, and readable in every script, so a re-recording reads as a diff of entries.
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static OracleRecording Read(string path) =>
        JsonSerializer.Deserialize<OracleRecording>(File.ReadAllBytes(path), Json)
        ?? throw new InvalidOperationException($"{path} holds no recording.");

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");
}

/// <summary>What a recording was made from: the pandoc that ran, how, and the SHA-256 of the style file, the CSL-JSON
/// items and the markdown document it was given (the document names the CSL locale).</summary>
internal sealed record OracleProvenance(string Pandoc, string Command, string StyleSha256, string ItemsSha256, string DocumentSha256);

/// <summary>One entry as citeproc formats it: the source ID, the plain text and the text with italics and links marked.</summary>
internal sealed record OracleEntry(string Id, string PlainText, string Marked);
