using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout;

/// <summary>One heading found before layout: its position in document order, the level it is tagged at, its text and anchor.</summary>
internal sealed record HeadingEntry(int Index, int Level, string Text, string AnchorName);

/// <summary>The document's headings in order, found by walking the element tree before layout, so the table of contents
/// knows its entries in the first pass. Levels are made contiguous (PDF/UA-1 7.4.2: no skipped heading levels):
/// a heading is tagged at most one level below the one before it.</summary>
internal sealed class HeadingCatalog
{
    private readonly Dictionary<Heading, HeadingEntry> _byElement = new(ReferenceEqualityComparer.Instance);

    private HeadingCatalog()
    {
    }

    public List<HeadingEntry> Entries { get; } = [];

    public HeadingEntry? For(Heading heading) => _byElement.GetValueOrDefault(heading);

    public static HeadingCatalog Collect(Element body, Action<string> warn)
    {
        var catalog = new HeadingCatalog();
        var previous = 0;
        foreach (var heading in ElementTree.DepthFirst(body).OfType<Heading>())
        {
            if (catalog._byElement.ContainsKey(heading))
            {
                continue;
            }

            var text = string.Concat(heading.Spans.Select(s => s.Text)).Trim();
            var level = Math.Clamp(heading.Level, 1, 3);
            if (level > previous + 1)
            {
                warn($"Heading \"{text}\" is level {heading.Level} after level {previous}; it is tagged as level {previous + 1} so no level is skipped.");
                level = previous + 1;
            }

            previous = level;
            var entry = new HeadingEntry(catalog.Entries.Count, level, text, heading.AnchorName ?? $"_heading{catalog.Entries.Count + 1}");
            catalog.Entries.Add(entry);
            catalog._byElement[heading] = entry;
        }

        return catalog;
    }
}
