using BriefBuilder.Layout.Results;
using PdfSharp.Pdf;

namespace BriefBuilder.Layout.Pdf;

/// <summary>PDF bookmarks from the headings, nested by level, each going to its heading's page and position.</summary>
internal static class Outline
{
    public static void Build(PdfDocument pdf, LayoutResult layout)
    {
        var parents = new List<(int Level, PdfOutlineCollection Children)> { (0, pdf.Outlines) };
        foreach (var heading in layout.Headings)
        {
            while (parents[^1].Level >= heading.Level)
            {
                parents.RemoveAt(parents.Count - 1);
            }

            var page = pdf.Pages[heading.Page - 1];
            var entry = parents[^1].Children.Add(heading.Text, page, heading.Level == 1);
            entry.PageDestinationType = PdfPageDestinationType.Xyz;
            entry.Left = 0;
            entry.Top = page.Height.Point - heading.Y;
            parents.Add((heading.Level, entry.Outlines));
        }
    }
}
