using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Composition.Tests.Briefs;

/// <summary>The sample's briefs, laid out in every language on both papers, leave no page to one table row, one list
/// item or one bibliography entry (a paragraph's last lines are the paragraph's widow rule's), and put the contents at
/// the top of a page unless they sit whole on the cover.</summary>
public sealed class LonelyPageTests
{
    public static TheoryData<string, string, PaperSize> Briefs() => SampleLayouts.All();

    [Theory]
    [MemberData(nameof(Briefs))]
    public void No_page_holds_a_single_row_item_or_entry(string template, string language, PaperSize paper)
    {
        var (result, layout) = SampleLayouts.Lay(template, language, paper);
        var entries = result.Context!.Citations.References.Entries.Select(e => e.Text.PlainText).ToList();

        foreach (var page in layout.Pages.Skip(1))
        {
            var blocks = Blocks(page);
            var lonely = blocks.Count == 1 && (blocks[0].Kind is "TableRow" or "ListMarker"
                || (blocks[0].Kind == "Paragraph" && entries.Any(e => e.StartsWith(blocks[0].Text, StringComparison.Ordinal))));
            Assert.False(lonely, $"Page {page.Number} holds nothing but {blocks[0].Kind} \"{blocks[0].Text}\".");
        }
    }

    [Theory]
    [InlineData("en", PaperSize.A4)]
    [InlineData("hy", PaperSize.Letter)]
    public void The_contents_start_a_page_or_sit_on_the_first(string language, PaperSize paper)
    {
        var (_, layout) = SampleLayouts.Lay("archival-snapshot", language, paper);

        var page = layout.Pages.Single(p => p.OfKind("TocEntry").Any());
        var heading = page.Boxes.First(b => b.Kind == "H2");
        Assert.True(page.Number == 1 || !Blocks(page).Any(b => b.Y < heading.Y - 1),
            $"The contents begin mid-page {page.Number}.");
    }

    // What a reader sees as separate things on a page: table rows (not their cells, nor a table's header and continued
    // caption), headings, figures, list items (their marker standing for them) and paragraphs outside tables and the
    // page's header and footer.
    private static List<LaidOutBox> Blocks(LaidOutPage page)
    {
        var tables = page.Boxes.Where(b => b.Kind is "Table" or "Header" or "Footer").ToList();
        var markers = page.OfKind("ListMarker").ToList();
        return
        [
            .. page.Boxes.Where(b => b.Kind switch
            {
                "TableRow" or "H1" or "H2" or "H3" or "Canvas" or "Image" or "TocEntry" or "ListMarker" => true,
                "Paragraph" => !tables.Any(t => SampleLayouts.Inside(b, t)) && !markers.Any(m => Math.Abs(m.Y - b.Y) < 1),
                _ => false,
            }),
        ];
    }
}
