using BriefBuilder.Composition.Bibliography;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections;

/// <summary>The brief's reference list and, by source ID, each source's in-text citation and entry anchor, in the brief's language.</summary>
public sealed class Citations
{
    private readonly Dictionary<string, BibliographyEntry> _bySource = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<BibliographyEntry, (string, LinkTarget)> _inner = new(ReferenceEqualityComparer.Instance);

    public Citations(BriefSelection selection, CitationStyle style, BriefLanguage language)
    {
        References = ReferenceList.ForRecords(selection.Claims, selection.Events, selection.SelectedSource, style, language);
        foreach (var entry in References.Entries)
        {
            _bySource.TryAdd(entry.Source.Id, entry);
        }
    }

    /// <summary>Every cited source once, formatted and ordered by the style, with the records citing it.</summary>
    public ReferenceList References { get; }

    public BibliographyEntry? Find(string sourceId) => _bySource.GetValueOrDefault(sourceId);

    /// <summary>The citation without its brackets ("Bagheri 2023a"), so several can share one pair, and the link to its
    /// entry: made once per source and shared by every statement that cites it.</summary>
    public (string Text, LinkTarget Link) Inner(BibliographyEntry entry)
    {
        if (!_inner.TryGetValue(entry, out var inner))
        {
            var text = entry.Citation.PlainText.Trim();
            inner = (text.Length > 1 && text[0] == '(' && text[^1] == ')' ? text[1..^1] : text, LinkTarget.ToAnchor(entry.Anchor));
            _inner[entry] = inner;
        }

        return inner;
    }
}
