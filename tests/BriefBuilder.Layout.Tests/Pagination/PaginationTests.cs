using System.Globalization;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Results;
using BriefBuilder.Layout.Tests.Demo;

namespace BriefBuilder.Layout.Tests.Pagination;

public class PaginationTests
{
    private static readonly TextStyle Heading = new(Size: 16, Bold: true);

    [Fact]
    public void Heading_never_ends_a_page_without_the_lines_that_follow_it()
    {
        // Push a heading towards the page foot by one filler paragraph at a time; wherever it lands,
        // its first following line must share its page.
        for (var fillers = 10; fillers < 22; fillers++)
        {
            var layout = DocumentLayout.Run(Documents.Of([.. Documents.Filler(fillers), new Heading(1, "The heading", Heading), new Paragraph("Follower " + DemoDocument.Lorem(4))]));
            var heading = layout.Headings.Single();
            var follower = layout.Pages.SelectMany(p => p.OfKind("Line").Select(b => (p.Number, b))).First(x => x.b.Text.StartsWith("Follower", StringComparison.Ordinal));
            Assert.Equal(heading.Page, follower.Number);
        }
    }

    [Fact]
    public void Split_paragraph_leaves_at_least_two_lines_on_each_page()
    {
        for (var fillers = 10; fillers < 20; fillers++)
        {
            var layout = DocumentLayout.Run(Documents.Of([.. Documents.Filler(fillers), new Paragraph("Long " + DemoDocument.Lorem(12), DemoDocument.Body)]));
            var pagesWithLong = layout.Pages.Where(p => LinesOfLong(layout, p.Number) > 0).ToList();
            Assert.All(pagesWithLong, p => Assert.True(LinesOfLong(layout, p.Number) >= 2, $"page {p.Number} holds {LinesOfLong(layout, p.Number)} line(s) with {fillers} fillers"));
            Assert.NotEmpty(pagesWithLong);
        }
    }

    [Fact]
    public void Keep_together_moves_a_block_to_the_next_page_whole()
    {
        var block = new KeepTogether(new Column([.. Documents.Filler(4, "Kept")]));
        var layout = DocumentLayout.Run(Documents.Of([.. Documents.Filler(13), block]));
        var pages = layout.Pages.Where(p => p.OfKind("Paragraph").Any(b => b.Text.StartsWith("Kept", StringComparison.Ordinal))).Select(p => p.Number).Distinct().ToList();
        Assert.Single(pages);
    }

    [Fact]
    public void Keep_with_next_carries_an_element_to_the_page_of_its_follower()
    {
        for (var fillers = 12; fillers < 18; fillers++)
        {
            var layout = DocumentLayout.Run(Documents.Of([.. Documents.Filler(fillers), new KeepWithNext(new Paragraph("Lead-in line.")), new KeepTogether(new Column([.. Documents.Filler(3, "Follower")]))]));
            Assert.Equal(PageOf(layout, "Lead-in"), PageOf(layout, "Follower 1."));
        }
    }

    [Fact]
    public void Page_break_starts_a_new_page_but_never_leaves_a_blank_one()
    {
        var layout = DocumentLayout.Run(Documents.Of(new Paragraph("First page."), new PageBreak(), new PageBreak(), new Paragraph("Second page.")));
        Assert.Equal(2, layout.PageCount);
        Assert.Equal(2, PageOf(layout, "Second page."));
    }

    [Fact]
    public void Footer_says_page_n_of_m_on_every_page()
    {
        var layout = DemoPdf.Layout;
        Assert.All(layout.Pages, p => Assert.Equal(
            string.Create(CultureInfo.InvariantCulture, $"Page {p.Number} of {layout.PageCount}"), p.OfKind("Footer").Single().Text));
    }

    [Fact]
    public void First_page_has_no_running_header_and_the_others_name_the_section_they_open_in()
    {
        var layout = DemoPdf.Layout;
        Assert.Empty(layout.Pages[0].OfKind("Header"));
        var sections = layout.Headings.Where(h => h.Level == 1).ToList();
        var checkedMidPageStart = false;
        foreach (var page in layout.Pages.Skip(1))
        {
            var headerBox = page.OfKind("Header").Single();
            var header = headerBox.Text;
            var footerTop = page.OfKind("Footer").Single().Y;
            var opening = page.OfKind("H1").FirstOrDefault();
            var firstBody = page.Boxes.Where(b => b.Y > headerBox.Bottom && b.Y < footerTop).Min(b => b.Y);
            if (opening is not null && opening.Y <= firstBody)
            {
                // The page opens with a section: the header names it.
                Assert.EndsWith(opening.Text, header, StringComparison.Ordinal);
                continue;
            }

            // Otherwise the section carried over from earlier pages, even when a new one starts lower down.
            var carried = sections.Last(h => h.Page < page.Number).Text;
            Assert.EndsWith(carried, header, StringComparison.Ordinal);
            checkedMidPageStart |= opening is not null;
        }

        Assert.True(checkedMidPageStart, "the demo should start a section in the middle of some page");
    }

    [Fact]
    public void Table_of_contents_shows_the_pages_headings_landed_on()
    {
        var layout = DemoPdf.Layout;
        var numbers = layout.Pages.SelectMany(p => p.OfKind("TocPage")).Select(b => int.Parse(b.Text, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(layout.Headings.Select(h => h.Page), numbers);
        Assert.True(layout.Passes >= 2);
    }

    [Fact]
    public void Written_layout_gives_the_bytes_of_a_fresh_write_and_cannot_be_written_twice()
    {
        var document = DemoDocument.Build();
        var layout = DocumentLayout.Run(document);
        Assert.Equal(PdfFormat.Default.Render(DemoDocument.Build()).File, PdfFormat.Default.Render(document, layout));
        Assert.Throws<InvalidOperationException>(() => PdfFormat.Default.Render(document, layout));
    }

    [Fact]
    public void A_progress_display_hears_each_page_as_it_is_written_and_the_bytes_do_not_change()
    {
        var heard = new System.Collections.Concurrent.ConcurrentQueue<int>();

        var (file, layout) = PdfFormat.Default.Render(DemoDocument.Build(), heard.Enqueue);

        Assert.Equal(Enumerable.Range(1, layout.PageCount), heard);
        Assert.Equal(PdfFormat.Default.Render(DemoDocument.Build()).File, file);
    }

    [Fact]
    public void Anchor_records_the_page_and_place_it_was_drawn_at()
    {
        var layout = DocumentLayout.Run(Documents.Of([.. Documents.Filler(20), new Anchor("here"), new Paragraph("After the anchor.")]));
        var anchor = layout.Anchors["here"];
        var line = layout.Pages[anchor.Page - 1].OfKind("Line").First(l => l.Text.StartsWith("After", StringComparison.Ordinal));
        Assert.Equal(line.Y, anchor.Y, 1);
    }

    [Fact]
    public void Letter_landscape_pages_have_the_right_size_and_body()
    {
        var page = new PageSetup(PaperSize.Letter, Orientation.Landscape, Edges.All(54));
        var layout = DocumentLayout.Run(Documents.Of(new Column([.. Documents.Filler(30)]), page));
        Assert.All(layout.Pages, p => Assert.Equal((792.0, 612.0), (p.Width, p.Height)));
        Assert.All(layout.Pages.SelectMany(p => p.OfKind("Line")), l => Assert.True(l.Bottom <= 612 - 54 + 0.01 && l.X + l.Width <= 792 - 54 + 0.01));
    }

    [Fact]
    public void Nothing_is_drawn_below_the_body_of_a_page()
    {
        var layout = DemoPdf.Layout;
        var bottom = layout.Pages[0].Height - 56.7;
        Assert.All(layout.Pages.SelectMany(p => p.Boxes).Where(b => b.Kind is "Line" or "TableRow" or "Image" or "Canvas" && b.Y < bottom), b => Assert.True(b.Bottom <= bottom + 0.01, $"{b.Kind} at {b.Y} + {b.Height}"));
    }

    private static int PageOf(LayoutResult layout, string start) =>
        layout.Pages.First(p => p.OfKind("Line").Any(l => l.Text.StartsWith(start, StringComparison.Ordinal))).Number;

    private static int PageOfLong(LayoutResult layout) => PageOf(layout, "Long");

    private static int LinesOfLong(LayoutResult layout, int page)
    {
        var boxes = layout.Pages[page - 1].Boxes;
        var paragraphs = boxes.Where(b => b.Kind == "Paragraph").ToList();
        var longPart = paragraphs.FirstOrDefault(b => b.Text.StartsWith("Long", StringComparison.Ordinal) || (b.Text.StartsWith('…') && page > PageOfLong(layout)));
        return longPart is null ? 0 : boxes.Count(b => b.Kind == "Line" && b.Y >= longPart.Y - 0.01 && b.Bottom <= longPart.Bottom + 0.01);
    }
}
