using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Validation;

namespace BriefBuilder.Composition.Briefs;

/// <summary>Everything a build depends on besides the code: workbook and template (by name and SHA-256), the options
/// and the tool version. Two builds with equal inputs give the same bytes; <see cref="Fingerprint"/> identifies them.</summary>
public sealed record BuildInputs(
    string WorkbookFileName,
    string WorkbookSha256,
    string TemplateName,
    string TemplateSha256,
    BriefOptions Options,
    string ToolVersion)
{
    /// <summary>The workbook's bytes as they were parsed and hashed, which an archival snapshot embeds; empty when the
    /// caller has none (then no archival snapshot can be made).</summary>
    public ReadOnlyMemory<byte> WorkbookBytes { get; init; }

    /// <summary>Where the workbook's fields were read from, so that a character no font has is reported at its cell;
    /// null when the dossier was built in code (then at the file). Not an input: it follows from the workbook.</summary>
    public FieldLocations? Locations { get; init; }

    /// <summary>The inputs of a build from the workbook's bytes, read once: the same bytes are hashed here, parsed by the
    /// caller and embedded in an archival snapshot.</summary>
    public static BuildInputs From(string workbookFileName, byte[] workbook, BriefTemplate template, BriefOptions options, string toolVersion) =>
        new(workbookFileName, HashOf(workbook), template.Name, template.ContentHash, options, toolVersion) { WorkbookBytes = workbook };

    /// <summary>The inputs as stable "key: value" lines, the text the fingerprint hashes.</summary>
    public string Canonical => string.Join('\n',
        $"workbook: {WorkbookFileName}",
        $"workbook-sha256: {WorkbookSha256}",
        $"template: {TemplateName}",
        $"template-sha256: {TemplateSha256}",
        $"as-of: {Options.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}",
        $"year: {Options.Year?.ToString(CultureInfo.InvariantCulture) ?? "-"}",
        $"language: {Options.Language ?? "-"}",
        $"paper: {Options.Paper?.ToString().ToLowerInvariant() ?? "-"}",
        $"pdfa: {(Options.PdfA ? "yes" : "-")}",
        $"source-date: {Options.SourceDate?.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) ?? "-"}",
        $"since: {Options.Since?.Sha256 ?? "-"}",
        $"tool-version: {ToolVersion}") + "\n";

    /// <summary>SHA-256 of <see cref="Canonical"/>, lower-case hex.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical)));

    /// <summary>SHA-256 of a file's bytes, lower-case hex, as BuildInputs records workbooks and templates.</summary>
    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
