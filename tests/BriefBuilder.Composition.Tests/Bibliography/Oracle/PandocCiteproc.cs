using System.Net;
using System.Text.RegularExpressions;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>
/// pandoc --citeproc formatting an oracle input with a CSL style: the entries in citeproc's order (plain text, and
/// marked up from HTML to show italics and links) and each source's citation. Only the recorder runs it.
/// </summary>
internal static partial class PandocCiteproc
{
    /// <summary>The command line, as the recordings state it: the same for both outputs but the format.</summary>
    public static string Command(string styleName) =>
        "pandoc " + string.Join(' ', Arguments("ITEMS.json", styleName, "plain|html"));

    public static (List<OracleEntry> Entries, SortedDictionary<string, string> Citations) Format(OracleInput input, int sourceCount, string cslFile)
    {
        var items = Path.Combine(Path.GetTempPath(), $"briefbuilder-oracle-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllBytes(items, input.Items);
            var plain = Paragraphs(Pandoc.Run(Arguments(items, cslFile, "plain"), input.Document));
            var html = Pandoc.Run(Arguments(items, cslFile, "html"), input.Document);

            // An entry the style does not print still gets an empty element in the HTML, and no paragraph in plain text.
            var marked = HtmlEntry().Matches(html)
                .Select(m => (Id: m.Groups[1].Value, Marked: Mark(m.Groups[2].Value)))
                .Where(m => m.Marked.Length > 0)
                .ToList();

            // The plain output holds the citations (one paragraph per source) and then the entries in the same order as the HTML.
            // Citations are kept by ID in ordinal order, so a recording's bytes do not depend on a dictionary's enumeration.
            var citations = new SortedDictionary<string, string>(
                plain.Take(sourceCount).Select(p => p.Split(": ", 2)).ToDictionary(p => p[0], p => p[1]), StringComparer.Ordinal);
            var texts = plain.Skip(sourceCount).ToList();
            if (texts.Count != marked.Count)
            {
                throw new InvalidOperationException($"pandoc wrote {texts.Count} plain entries but {marked.Count} HTML entries.");
            }

            return ([.. marked.Select((m, i) => new OracleEntry(m.Id, texts[i], m.Marked))], citations);
        }
        finally
        {
            File.Delete(items);
        }
    }

    private static string[] Arguments(string items, string cslFile, string format) =>
        ["--citeproc", $"--bibliography={items}", $"--csl={cslFile}", "-f", "markdown", "-t", format, "--wrap=none"];

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
