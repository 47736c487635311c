using System.Diagnostics;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Tests.Demo;

namespace BriefBuilder.Layout.Tests.Limits;

/// <summary>Content larger than a page, or than a paragraph's usual share, is split or refused with a message naming
/// the limit, in time linear in its length; it never loops or crashes.</summary>
public class OversizeContentTests
{
    [Fact]
    public void A_paragraph_of_forty_thousand_links_lays_out_every_link()
    {
        // A "cited in" list: 20,000 linked IDs and the commas between them, past what a 16-bit style number held.
        var spans = Enumerable.Range(1, 20_000).SelectMany(i => new[]
        {
            new Span($"C{i}", TextStyle.Body, LinkTarget.ToAnchor($"claim-{i}")),
            new Span(", ", TextStyle.Body),
        }).ToList();
        var anchors = Enumerable.Range(1, 20_000).Select(i => (Element)new Anchor($"claim-{i}")).ToList();

        var layout = DocumentLayout.Run(Documents.Of([new Paragraph(spans), .. anchors]));

        var lines = layout.Pages.SelectMany(p => p.OfKind("Line")).Select(l => l.Text).ToList();
        Assert.StartsWith("C1, C2, ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("C20000,", string.Concat(lines).TrimEnd(), StringComparison.Ordinal);
        Assert.True(layout.PageCount > 1);
    }

    [Fact]
    public void A_paragraph_taller_than_a_page_splits_across_pages_and_keeps_every_word()
    {
        var words = Enumerable.Range(1, 12_000).Select(i => $"w{i}").ToList();

        var layout = DocumentLayout.Run(Documents.Of(new Paragraph(string.Join(' ', words), DemoDocument.Body)));

        Assert.True(layout.PageCount >= 5);
        Assert.Equal(words, layout.Pages.SelectMany(p => p.OfKind("Line")).SelectMany(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void A_heading_taller_than_a_page_splits_rather_than_looping()
    {
        var layout = DocumentLayout.Run(Documents.Of(new Heading(1, string.Join(' ', Enumerable.Repeat("Heading", 3_000)), new TextStyle(Size: 16, Bold: true)), new Paragraph("After.")));

        Assert.True(layout.PageCount >= 2);
        Assert.Contains(layout.Pages[^1].OfKind("Line"), l => l.Text == "After.");
    }

    [Fact]
    public void A_table_header_taller_than_a_page_is_printed_once_and_the_rows_follow_it()
    {
        var header = new TableRow([new TableCell(new Paragraph(string.Join(' ', Enumerable.Repeat("Label", 4_000)))), new TableCell(new Paragraph("Count"))]);
        var rows = Enumerable.Range(1, 30).Select(i => new TableRow([new TableCell(new Paragraph($"Row {i}")), new TableCell(new Paragraph($"{i}"))])).ToList();

        var layout = DocumentLayout.Run(Documents.Of(new Table([Width.Relative(3), Width.Relative(1)], [header], rows)));

        Assert.Contains(layout.Warnings, w => w.Message.Contains("header is taller than a page", StringComparison.Ordinal));
        var texts = layout.Pages.SelectMany(p => p.OfKind("Line")).Select(l => l.Text).ToList();
        Assert.Single(texts, t => t == "Count");
        Assert.Contains("Row 30", texts);
    }

    [Fact]
    public void A_megabyte_paragraph_lays_out_in_seconds()
    {
        var text = string.Join(' ', Enumerable.Range(1, 150_000).Select(i => $"word{i}"));
        Assert.True(text.Length > 1_000_000);

        var clock = Stopwatch.StartNew();
        var layout = DocumentLayout.Run(Documents.Of(new Paragraph(text, DemoDocument.Body)));
        clock.Stop();

        Assert.True(layout.PageCount > 200);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void A_paragraph_longer_than_the_limit_is_refused_with_the_limit_named()
    {
        var document = Documents.Of(new Paragraph("Too long " + new string('x', 2_000), DemoDocument.Body)) with
        {
            Limits = new LayoutLimits { ParagraphCharacters = 1_000 },
        };

        var refused = Assert.Throws<LayoutLimitException>(() => DocumentLayout.Run(document));

        Assert.Equal(LayoutLimits.ParagraphCharactersName, refused.LimitName);
        Assert.Equal(1_000, refused.Limit);
        Assert.Contains("A paragraph of 2,009 characters, the text beginning \"Too long", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_longer_than_the_page_limit_is_refused_with_the_limit_named()
    {
        var document = Documents.Of([.. Documents.Filler(200)]) with { Limits = new LayoutLimits { Pages = 3 } };

        var refused = Assert.Throws<LayoutLimitException>(() => DocumentLayout.Run(document));

        Assert.Equal(LayoutLimits.PagesName, refused.LimitName);
    }

    [Fact]
    public void Margins_that_leave_no_room_are_refused_before_any_page()
    {
        var page = new PageSetup(PaperSize.A4, Orientation.Portrait, Edges.All(400));

        var refused = Assert.Throws<LayoutLimitException>(() => DocumentLayout.Run(Documents.Of(new Paragraph("Text"), page)));

        Assert.Contains("margins leave no room", refused.Message, StringComparison.Ordinal);
    }
}
