using BriefBuilder.Composition.Bibliography;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Localization;

namespace BriefBuilder.Composition.Sections;

/// <summary>The brief's reference list and, by source ID, each source's in-text citation and entry anchor, in the brief's language.</summary>
public sealed class Citations
{
    private readonly Dictionary<string, BibliographyEntry> _bySource = new(StringComparer.OrdinalIgnoreCase);

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

    /// <summary>The citation without its brackets ("Bagheri 2023a"), so several can share one pair.</summary>
    public static string Inner(BibliographyEntry entry)
    {
        var text = entry.Citation.PlainText.Trim();
        return text.Length > 1 && text[0] == '(' && text[^1] == ')' ? text[1..^1] : text;
    }
}
