using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefBuilder.Cli.Snapshots;

/// <summary>Whether a PDF is still the file BriefBuilder wrote: its writer makes the file ID (ISO 32000-1 14.4) the first
/// 16 bytes of the SHA-256 of everything before the closing cross-reference stream, so a byte changed anywhere before it
/// shows, whichever tool version wrote the file.</summary>
public static partial class FileIdentity
{
    /// <summary>True when the ID is the hash of the content, false when not, null when the file has no ID where the
    /// writer puts it.</summary>
    public static bool? Matches(byte[] pdf)
    {
        var tail = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 64), Math.Min(64, pdf.Length));
        var start = StartXref().Match(tail);
        if (!start.Success || !long.TryParse(start.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var xref) || xref <= 0 || xref >= pdf.Length)
        {
            return null;
        }

        var trailer = Encoding.Latin1.GetString(pdf, (int)xref, (int)Math.Min(512, pdf.Length - xref));
        var id = Identifier().Match(trailer);
        if (!id.Success)
        {
            return null;
        }

        var hash = SHA256.HashData(pdf.AsSpan(0, (int)xref));
        return Convert.ToHexString(hash.AsSpan(0, 16)).Equals(id.Groups[1].Value, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"^\d+ 0 obj\s*<<[^>]*?/ID\s*\[\s*<([0-9A-Fa-f]{32})>")]
    private static partial Regex Identifier();
}
