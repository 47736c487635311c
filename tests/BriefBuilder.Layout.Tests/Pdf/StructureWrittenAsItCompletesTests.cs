using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Tests.Demo;
using PdfSharp.Pdf;

namespace BriefBuilder.Layout.Tests.Pdf;

/// <summary>Structure elements are written as the layout reports them complete (paragraphs, table rows, tables), before
/// the last page: the tree read back must be the same tree, each element once, under its parent.</summary>
public class StructureWrittenAsItCompletesTests
{
    private static readonly Lazy<PdfDocument> Pdf = new(() =>
    {
        var paragraphs = Enumerable.Range(1, 120).Select(i => (Element)new Paragraph($"Paragraph {i}: " + string.Concat(Enumerable.Repeat("words that run on ", 1 + (i % 7))), DemoDocument.Body));
        var body = new Column(
        [
            new Heading(1, "Contents", DemoDocument.H1),
            new TableOfContents(2, DemoDocument.Body),
            new Heading(1, "Statements", DemoDocument.H1),
            DemoDocument.LongTable(200),
            new Heading(1, "Notes", DemoDocument.H1),
            .. paragraphs,
        ], 6);
        var document = DemoDocument.Build() with { Body = body };
        return Reopened.Open(PdfFormat.Default.Render(document).File);
    });

    [Fact]
    public void Every_table_row_is_one_TR_under_the_table_with_its_cells()
    {
        var elements = Reopened.StructureElements(Pdf.Value).ToList();
        var table = Assert.Single(elements, e => e.Elements.GetName("/S") == "/Table");
        var rows = elements.Where(e => e.Elements.GetName("/S") == "/TR").ToList();
        Assert.Equal(201, rows.Count); // the header and 200 rows
        Assert.All(rows, row => Assert.Same(table, Reopened.StructureParent(row)));
        Assert.All(rows, row => Assert.InRange(Kids(row).Count(k => k.Elements.GetName("/S") is "/TD" or "/TH"), 2, 3));
    }

    [Fact]
    public void Every_element_appears_once_and_its_parent_lists_it()
    {
        var elements = Reopened.StructureElements(Pdf.Value).ToList();
        Assert.Equal(elements.Count, elements.Select(e => e.Reference!.ObjectNumber).Distinct().Count());
        Assert.Equal(120, elements.Count(e => e.Elements.GetName("/S") == "/P" && Reopened.StructureParent(e)?.Elements.GetName("/S") != "/TD"));
        foreach (var element in elements.Where(e => Reopened.StructureParent(e) is not null))
        {
            Assert.Contains(element, Kids(Reopened.StructureParent(element)!));
        }
    }

    private static List<PdfDictionary> Kids(PdfDictionary element) =>
        Reopened.Array(element.Elements["/K"])?.Elements.Select(Reopened.Dictionary).OfType<PdfDictionary>()
            .Where(k => k.Elements.GetName("/Type") is "/StructElem" or "" || k.Elements.ContainsKey("/S")).ToList() ?? [];
}
