using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections;

/// <summary>A sentence in the brief's language holding the workbook's words (a stance's label, a name, the coding note):
/// as spans, each of those words tagged with the workbook's language where it differs from the brief's, so a screen
/// reader reads each part in its own language (PDF/UA-1 7.2: a change of language is marked).</summary>
internal static class WorkbookWords
{
    /// <summary>The text in <paramref name="style"/>, every occurrence of a phrase (longest first, never overlapping)
    /// in the workbook's language, or the record's own <paramref name="language"/> when given.</summary>
    public static IReadOnlyList<Span> Spans(BriefContext context, string text, TextStyle style, IEnumerable<string> phrases, string? language = null, LinkTarget? link = null)
    {
        var foreign = context.InLanguage(style, language ?? context.ContentLanguage);
        if (ReferenceEquals(foreign, style))
        {
            return [new Span(text, style, link)];
        }

        var marked = new bool[text.Length];
        foreach (var phrase in phrases.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct().OrderByDescending(p => p.Length))
        {
            for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
            {
                if (!marked.AsSpan(at, phrase.Length).Contains(true))
                {
                    marked.AsSpan(at, phrase.Length).Fill(true);
                }
            }
        }

        var spans = new List<Span>();
        for (var start = 0; start < text.Length;)
        {
            var end = start;
            while (end < text.Length && marked[end] == marked[start])
            {
                end++;
            }

            spans.Add(new Span(text[start..end], marked[start] ? foreign : style, link));
            start = end;
        }

        return spans;
    }

    /// <summary>The stances' labels of the selection, the phrases most sentences about stances hold.</summary>
    public static IEnumerable<string> StanceLabels(BriefContext context) => context.Selection.Stances.Select(s => s.Label);
}
