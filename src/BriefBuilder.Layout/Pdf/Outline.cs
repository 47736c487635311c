using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout.Pdf;

/// <summary>PDF bookmarks from the headings (ISO 32000-1 12.3.3), nested by level, each going to its heading's page and
/// position. Level-1 entries are open, so the outline shows the document's sections and their subsections at first.</summary>
internal static class Outline
{
    /// <summary>Writes the outline; returns the object number of its root, or null when there are no headings.</summary>
    public static int? Write(PdfFile file, IReadOnlyList<HeadingPlacement> headings, IReadOnlyList<int> pages, double pageHeight)
    {
        if (headings.Count == 0)
        {
            return null;
        }

        var root = new Item(file.Reserve(), null, 0, true, null);
        var parents = new List<Item> { root };
        foreach (var heading in headings)
        {
            while (parents[^1].Level >= heading.Level)
            {
                parents.RemoveAt(parents.Count - 1);
            }

            var item = new Item(file.Reserve(), parents[^1], heading.Level, heading.Level == 1, heading);
            parents[^1].Children.Add(item);
            parents.Add(item);
        }

        Write(file, root, null, null, pages, pageHeight);
        return root.Number;
    }

    private static void Write(PdfFile file, Item item, Item? previous, Item? next, IReadOnlyList<int> pages, double pageHeight)
    {
        var d = file.Begin(item.Number).Raw("<<");
        if (item.Heading is { } heading)
        {
            d.Raw("/Title").Text(heading.Text).Raw("/Parent ").Ref(item.Parent!.Number);
            if (previous is not null)
            {
                d.Raw("/Prev ").Ref(previous.Number);
            }

            if (next is not null)
            {
                d.Raw("/Next ").Ref(next.Number);
            }

            d.Raw("/Dest[").Ref(pages[heading.Page - 1]).Raw("/XYZ 0 ").N(pageHeight - heading.Y).Raw("null]");
        }
        else
        {
            d.Raw("/Type/Outlines");
        }

        if (item.Children.Count > 0)
        {
            d.Raw("/First ").Ref(item.Children[0].Number).Raw("/Last ").Ref(item.Children[^1].Number)
                .Raw("/Count ").Int(item.Open ? item.Visible() : -item.Visible());
        }

        d.Raw(">>");
        file.End();
        for (var i = 0; i < item.Children.Count; i++)
        {
            Write(file, item.Children[i], i > 0 ? item.Children[i - 1] : null, i + 1 < item.Children.Count ? item.Children[i + 1] : null, pages, pageHeight);
        }
    }

    private sealed class Item(int number, Item? parent, int level, bool open, HeadingPlacement? heading)
    {
        public int Number { get; } = number;

        public Item? Parent { get; } = parent;

        public int Level { get; } = level;

        public bool Open { get; } = open;

        public HeadingPlacement? Heading { get; } = heading;

        public List<Item> Children { get; } = [];

        /// <summary>How many descendants show while this item is open: its children and what their open children show.</summary>
        public int Visible() => Children.Sum(c => 1 + (c.Open ? c.Visible() : 0));
    }
}
