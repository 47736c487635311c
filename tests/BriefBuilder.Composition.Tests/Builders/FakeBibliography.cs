using BriefBuilder.Composition.Sections;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Builders;

/// <summary>A citation style reduced to what layout tests need: "Cite S01" in the text, entries "Entry S01." with the URL as a link, in ID order.</summary>
internal sealed class FakeBibliography : IBibliographyStyle
{
    public string InText(Source source) => "Cite " + source.Id;

    public IReadOnlyList<BibliographyEntry> Entries(IReadOnlyList<Source> sources) =>
    [
        .. sources.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => new BibliographyEntry(
            s,
            s.Url is null
                ? [new EntryText($"Entry {s.Id}. "), new EntryText(s.Title ?? string.Empty, Italic: true)]
                : [new EntryText($"Entry {s.Id}. "), new EntryText(s.Title ?? string.Empty, Italic: true), new EntryText(". "), new EntryText(s.Url, Url: s.Url)])),
    ];
}
