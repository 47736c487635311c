using BriefBuilder.Composition.Bibliography;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>
/// pandoc --citeproc formatting the same sources from BriefBuilder's CSL-JSON with the CSL style and the CSL locale
/// of the brief's language: the entries in citeproc's order (plain text, and marked up from HTML to show italics and
/// links) and each source's citation.
/// </summary>
internal sealed partial class CiteprocOracle
{
    private CiteprocOracle(IReadOnlyList<OracleEntry> entries, IReadOnlyDictionary<string, string> citations)
    {
        Entries = entries;
        Citations = citations;
    }

    /// <summary>The entries in citeproc's order; sources the style leaves out of the list have none.</summary>
    public IReadOnlyList<OracleEntry> Entries { get; }

    /// <summary>Each source's citation, by source ID, as plain text.</summary>
    public IReadOnlyDictionary<string, string> Citations { get; }

    /// <summary>Formats the sources; the CSL-JSON holds each item as the language maps it (genres, decades in its words).</summary>
    public static CiteprocOracle Format(IReadOnlyList<Source> sources, CitationStyle style, OracleLocale locale)
    {
        var file = Path.Combine(Path.GetTempPath(), $"briefbuilder-oracle-{Guid.NewGuid():N}.json");
        try
        {
            using (var stream = File.Create(file))
            {
                CslJsonWriter.Write(sources.Select(s => s.ToCslItem(BriefLanguage.Get(locale.Language))), stream);
            }

            var csl = CslStyleFiles.For(style);
            var document = Document(sources, locale);
            var plain = Paragraphs(Pandoc.Run(document, file, csl, "plain"));
            var html = Pandoc.Run(document, file, csl, "html");
            // An entry the style does not print still gets an empty element in the HTML, and no paragraph in plain text.
            var marked = HtmlEntry().Matches(html)
                .Select(m => (Id: m.Groups[1].Value, Marked: Mark(m.Groups[2].Value)))
                .Where(m => m.Marked.Length > 0)
                .ToList();

            // The plain output holds the citations (one paragraph per source) and then the entries in the same order as the HTML.
            var citations = plain.Take(sources.Count).Select(p => p.Split(": ", 2)).ToDictionary(p => p[0], p => p[1]);
            var texts = plain.Skip(sources.Count).ToList();
            if (texts.Count != marked.Count)
            {
                throw new InvalidOperationException($"pandoc wrote {texts.Count} plain entries but {marked.Count} HTML entries.");
            }

            var entries = marked.Select((m, i) => new OracleEntry(m.Id, texts[i], m.Marked)).ToList();
            return new CiteprocOracle(entries, citations);
        }
        finally
        {
            File.Delete(file);
        }
    }

    // One paragraph per source citing it alone, then every source in the bibliography. Without `lang`, pandoc uses en-US.
    private static string Document(IReadOnlyList<Source> sources, OracleLocale locale)
    {
        var lang = locale == OracleLocale.English ? string.Empty : $"lang: {locale.CslLocale}\n";
        var document = new StringBuilder($"---\nnocite: '@*'\n{lang}---\n\n");
        foreach (var source in sources)
        {
            document.Append(source.Id).Append(": [@").Append(source.Id).Append("]\n\n");
        }

        return document.ToString();
    }

    private static List<string> Paragraphs(string text) =>
        [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0)];

    // Italics as *text*, links as <text>, the same marks FormattedEntry runs get in the comparison.
    private static string Mark(string html)
    {
        var marked = Link().Replace(html, "<$1>");
        marked = marked.Replace("<em>", "*", StringComparison.Ordinal).Replace("</em>", "*", StringComparison.Ordinal);
        marked = Span().Replace(marked, string.Empty);
        return WebUtility.HtmlDecode(marked).Trim();
    }

    [GeneratedRegex("""<div id="ref-([^"]+)" class="csl-entry"[^>]*>\s*(.*?)\s*</div>""", RegexOptions.Singleline)]
    private static partial Regex HtmlEntry();

    [GeneratedRegex("""<a href="[^"]*"[^>]*>(.*?)</a>""", RegexOptions.Singleline)]
    private static partial Regex Link();

    [GeneratedRegex("""</?span[^>]*>""")]
    private static partial Regex Span();
}

/// <summary>One entry as citeproc formats it: the source ID, the plain text and the text with italics and links marked.</summary>
internal sealed record OracleEntry(string Id, string PlainText, string Marked);
