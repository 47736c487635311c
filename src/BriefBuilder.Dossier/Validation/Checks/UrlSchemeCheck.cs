using System.Text.RegularExpressions;
using BriefBuilder.Diagnostics;
using BriefBuilder.Records;

namespace BriefBuilder.Validation.Checks;

/// <summary>URLs end up as links in a PDF: they must be absolute and use http, https or mailto, nothing a reader's
/// viewer could run or resolve against their own disk (javascript:, file:).</summary>
internal sealed partial class UrlSchemeCheck : IDossierCheck
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public void Run(Dossier dossier, FieldLocations locations, DiagnosticBag diagnostics)
    {
        foreach (var institution in dossier.Institutions)
        {
            Check(institution.Url, institution.Origin, nameof(Institution.Url));
        }

        foreach (var source in dossier.Sources)
        {
            Check(source.Url, source.Origin, nameof(Source.Url));
            Check(source.ArchivedUrl, source.Origin, nameof(Source.ArchivedUrl));
        }

        void Check(string? url, RecordOrigin origin, string field)
        {
            if (url is not null && Problem(url) is { } problem)
            {
                diagnostics.Report(locations.Locate(origin, field), ValidationCodes.BadUrl, problem);
            }
        }
    }

    /// <summary>What is wrong with a URL, or null when it is usable.</summary>
    internal static string? Problem(string url)
    {
        // RFC 3986 section 3.1: a scheme is a letter followed by letters, digits, '+', '-' or '.', then ':'.
        var scheme = SchemePattern().Match(url);
        if (!scheme.Success)
        {
            return $"'{url}' is not a full URL: it needs a scheme such as https://";
        }

        var name = scheme.Groups[1].Value.ToLowerInvariant();
        if (!AllowedSchemes.Contains(name))
        {
            return $"'{url}' uses the scheme '{name}': only http, https and mailto are allowed";
        }

        var valid = Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (name == "mailto" ? uri.AbsoluteUri.Length > "mailto:".Length : uri.Host.Length > 0)
            && !url.Any(char.IsWhiteSpace);
        return valid ? null : $"'{url}' is not a valid URL";
    }

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex SchemePattern();
}
