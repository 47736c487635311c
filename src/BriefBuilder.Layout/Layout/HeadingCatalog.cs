using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Layout;

/// <summary>One heading found before layout: its position in document order, the level it is tagged at, its text and anchor.</summary>
internal sealed record HeadingEntry(int Index, int Level, string Text, string AnchorName);

/// <summary>The document's headings in order, found by walking the element tree before layout, so the table of contents
/// knows its entries in the first pass. Levels are made contiguous (PDF/UA-1 7.4.2: no skipped heading levels):
/// a heading is tagged at most one level below the one before it.</summary>
internal sealed class HeadingCatalog(Action<string> warn)
{
    private readonly Dictionary<Heading, HeadingEntry> _byElement = new(ReferenceEqualityComparer.Instance);
    private int _previousLevel;

    public List<HeadingEntry> Entries { get; } = [];

    public HeadingEntry? For(Heading heading) => _byElement.GetValueOrDefault(heading);

    /// <summary>Adds the next heading in document order; a heading met again (the same element twice) keeps its entry.</summary>
    public void Add(Heading heading)
    {
        if (_byElement.ContainsKey(heading))
        {
            return;
        }

        var text = string.Concat(heading.Spans.Select(s => s.Text)).Trim();
        var level = Math.Clamp(heading.Level, 1, 3);
        if (level > _previousLevel + 1)
        {
            warn($"Heading \"{text}\" is level {heading.Level} after level {_previousLevel}; it is tagged as level {_previousLevel + 1} so no level is skipped.");
            level = _previousLevel + 1;
        }

        _previousLevel = level;
        var entry = new HeadingEntry(Entries.Count, level, text, heading.AnchorName ?? $"_heading{Entries.Count + 1}");
        Entries.Add(entry);
        _byElement[heading] = entry;
    }
}
