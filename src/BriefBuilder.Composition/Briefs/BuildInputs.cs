using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BriefBuilder.Composition.Filtering;

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
        $"tool-version: {ToolVersion}") + "\n";

    /// <summary>SHA-256 of <see cref="Canonical"/>, lower-case hex.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical)));

    /// <summary>SHA-256 of a file's bytes, lower-case hex, as BuildInputs records workbooks and templates.</summary>
    public static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
