using System.Globalization;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Tests.Demo;

/// <summary>A document built from the engine alone that shows every element across several pages: the demonstration
/// the PDF, conformance and snapshot tests check.</summary>
internal static class DemoDocument
{
    public static readonly DateTimeOffset Created = new(2024, 3, 1, 9, 30, 0, TimeSpan.FromHours(1));

    public static readonly TextStyle Body = new(Size: 10);
    public static readonly TextStyle H1 = new(Size: 18, Bold: true);
    public static readonly TextStyle H2 = new(Size: 14, Bold: true);
    public static readonly TextStyle H3 = new(Size: 11.5, Bold: true, Italic: true);
    public static readonly TextStyle Small = new(Size: 8, Color: new Color(90, 90, 90));
    public static readonly TextStyle LinkStyle = new(Size: 10, Color: new Color(0, 80, 160), Underline: true);

    public const string Armenian = "Հայաստանի Հանրապետության Ազգային ժողովը";
    public const string Cyrillic = "Государственная дума Российской Федерации";
    public const string Diacritics = "Łódź, Dvořák, Ærøskøbing, Öğretmen, São Tomé";

    public static Document.Document Build(string? watermark = "DRAFT") => new(
        Content(),
        PageSetup.A4,
        new DocumentInfo("Layout engine demonstration", "BriefBuilder tests", "Every element of the layout engine",
            "layout, pagination, accessibility", "en-GB", Created),
        Furniture(),
        watermark);

    public static PageFurniture Furniture() => new(
        context => new Row(
        [
            new RowCell(new Paragraph("Layout engine demonstration", Small), Width.Relative()),
            new RowCell(new Paragraph(context.SectionTitle ?? "", Small, new ParagraphStyle(Alignment: TextAlignment.Right)), Width.Relative()),
        ]),
        context => new Paragraph(
            string.Create(CultureInfo.InvariantCulture, $"Page {context.PageNumber} of {context.TotalPages}"),
            Small,
            new ParagraphStyle(Alignment: TextAlignment.Center)));

    private static Column Content() => new(
    [
        new Heading(1, "Layout engine demonstration", H1, "top"),
        new Paragraph(
        [
            new Span("This document is built from the engine alone. It shows ", Body),
            new Span("bold", Body with { Bold = true }),
            new Span(", ", Body),
            new Span("italic", Body with { Italic = true }),
            new Span(", coloured", Body with { Color = new Color(180, 60, 0) }),
            new Span(" and superscript", Body),
            new Span("2", Body with { Superscript = true }),
            new Span(" text, a link to ", Body),
            new Span("the project site", LinkStyle, LinkTarget.ToUri("https://example.org/briefbuilder")),
            new Span(" and one to ", Body),
            new Span("the long table", LinkStyle, LinkTarget.ToAnchor("long-table")),
            new Span(".", Body),
        ]),
        new TableOfContents(3, Body),
        new PageBreak(),
        new Section(new Column(
        [
            new Heading(1, "Text and scripts", H1, "text"),
            Para($"Armenian: {Armenian}. Cyrillic: {Cyrillic}. Latin with diacritics: {Diacritics}. Greek: Η Βουλή των Ελλήνων."),
            new Paragraph(Lorem(3) + " Soft hy\u00ADphen\u00ADation ap\u00ADpears on\u00ADly when used; non\u00A0breaking\u00A0spaces hold words together.",
                Body, new ParagraphStyle(Alignment: TextAlignment.Justify)),
            new Paragraph("Centred text for a pull quote.", Body with { Italic = true }, new ParagraphStyle(Alignment: TextAlignment.Center)),
            new Paragraph("Right-aligned text, as for a date line.", Body, new ParagraphStyle(Alignment: TextAlignment.Right)),
            Para("A long address breaks at slashes: https://example.org/archive/2024/statements/parliament/committee-on-foreign-affairs/hearing-transcript-final.pdf"),
            new Heading(2, "Lists", H2),
            new ListBlock([Para("First bulleted item."), Para("Second item, " + Lorem(1)), Para("Third item.")]),
            new ListBlock([Para("Numbered one."), Para("Numbered two."), Para("Numbered three.")], ListKind.Numbered),
            new Heading(2, "Boxes, rows and drawings", H2),
            new Box(new Padding(Para("A shaded box with a border: " + Lorem(1)), Edges.All(8)), new Color(238, 244, 250),
                new Border(new Color(60, 110, 170), new Edges(0, 0, 0, 3))),
            new Spacer(8),
            new Row(
            [
                new RowCell(Para("Fixed 120 pt column."), Width.Fixed(120)),
                new RowCell(Para("Auto"), Width.Auto),
                new RowCell(Para("Relative column taking the rest: " + Lorem(1)), Width.Relative()),
            ], 10),
            new Spacer(8),
            new KeepTogether(new Column(
            [
                new Image(TestImages.Png(120, 60), "A colour gradient from blue to magenta", Width: 160),
                new Image(TestImages.Jpeg(8, 4), "A flat grey rectangle", Width: 80),
                Chart(),
            ], 6)),
            new Anchor("after-chart"),
            new Link(Para("This whole paragraph is a link back to the start of the document."), LinkTarget.ToAnchor("top")),
        ], 8), "Text and scripts"),
        new Section(new Column(
        [
            new Heading(1, "A long table", H1, "long-table"),
            Para("The table below continues over several pages; its header repeats on each, under a caption."),
            LongTable(70),
        ], 8), "A long table"),
        new Section(new Column(
        [
            new Heading(1, "Pagination rules", H1, "pagination"),
            new Heading(2, "Widows and orphans", H2),
            .. Enumerable.Range(1, 14).Select(i => (Element)new Paragraph($"Paragraph {i}. " + Lorem(2 + (i % 4)), Body)),
            new Heading(3, "A third-level heading", H3),
            Para(Lorem(2)),
            new KeepWithNext(Para("This line keeps with the paragraph that follows it.")),
            Para(Lorem(3)),
            new Link(Para("Back to the chart."), LinkTarget.ToAnchor("after-chart")),
        ], 6), "Pagination rules"),
    ], 8);

    public static Elements.Table LongTable(int rows)
    {
        var bold = Body with { Bold = true };
        var header = new TableRow(
        [
            new TableCell(new Paragraph("Date", bold)),
            new TableCell(new Paragraph("Speaker", bold)),
            new TableCell(new Paragraph("Statement", bold)),
        ]);
        var body = new List<TableRow>();
        for (var i = 1; i <= rows; i++)
        {
            var date = new DateOnly(2023, 1, 1).AddDays(i * 3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var statement = i == 30 ? "An overlong quote that is taller than a page. " + string.Concat(Enumerable.Repeat(Lorem(4) + " ", 12)) : $"Statement {i}: " + Lorem(1 + (i % 3));
            body.Add(i == 12
                ? new TableRow([new TableCell(new Paragraph(date, Body)), new TableCell(new Paragraph($"Joint statement {i} across two columns: " + Lorem(1), Body), ColumnSpan: 2)])
                : new TableRow([new TableCell(new Paragraph(date, Body)), new TableCell(new Paragraph($"Speaker {i}", Body)), new TableCell(new Paragraph(statement, Body))]));
        }

        return new Elements.Table(
            [Width.Auto, Width.Fixed(90), Width.Relative()],
            [header],
            body,
            TableStyle.Default with { ZebraFill = new Color(246, 246, 246) },
            new Paragraph("A long table (continued)", Body with { Italic = true }),
            "Statements by date");
    }

    private static Canvas Chart() => new(300, 120,
    [
        new RectangleShape(0, 0, 300, 120, new Color(250, 250, 250), new Stroke(new Color(200, 200, 200))),
        new LineShape(20, 100, 290, 100, new Stroke(Color.Black)),
        new LineShape(20, 10, 20, 100, new Stroke(Color.Black)),
        new RectangleShape(40, 60, 30, 40, new Color(0, 114, 178)),
        new RectangleShape(90, 30, 30, 70, new Color(230, 159, 0)),
        new EllipseShape(170, 55, 12, 12, new Color(0, 158, 115)),
        new PolygonShape([(220, 80), (235, 50), (250, 80)], new Color(204, 121, 167), new Stroke(Color.Black, 0.5)),
        new LineShape(20, 90, 290, 20, new Stroke(new Color(120, 120, 120), 1, [3, 2])),
        new LabelShape(55, 114, "2023", Small, TextAlignment.Center),
        new LabelShape(105, 114, "2024", Small, TextAlignment.Center),
    ], "Chart, 2023 to 2024: two bars, a circle and a triangle over a dashed trend line");

    public static Paragraph Para(string text) => new(text, Body);

    public static string Lorem(int sentences) => string.Join(' ', Enumerable.Range(0, sentences).Select(i => Sentences[i % Sentences.Length]));

    private static readonly string[] Sentences =
    [
        "The committee heard evidence from ministers, officials and independent experts over three sessions.",
        "Several members questioned whether the proposed timetable left enough room for consultation with the regions.",
        "The minister replied that the schedule had been agreed with the partners and would not be reopened.",
        "A written answer later clarified the figures quoted during the debate and corrected one date.",
        "Observers noted that the statement differed in tone from the one issued a month before.",
    ];
}
