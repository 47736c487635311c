using System.Diagnostics;
using System.Globalization;
using BriefBuilder.Layout;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Bench;

/// <summary>Lays out and writes a document of about 1,000 pages (1,004 with the defaults): sections of mixed paragraphs
/// and lists (about 620 pages), then one long table (about 380 pages). Target: at most 3 s and 300 MB peak on a 2-core machine (run in Release under `/usr/bin/time -v`).</summary>
public sealed class LayoutPagesBenchmark : IBenchmark
{
    private static readonly string[] Sentences =
    [
        "The committee heard evidence from ministers, officials and independent experts over three sessions.",
        "Several members questioned whether the proposed timetable left enough room for consultation with the regions.",
        "The minister replied that the schedule had been agreed with the partners and would not be reopened.",
        "A written answer later clarified the figures quoted during the debate and corrected one date.",
        "Observers noted that the statement differed in tone from the one issued a month before.",
        "Հայաստանի Հանրապետության Ազգային ժողովը հաստատեց օրենքի նախագիծը։",
        "Государственная дума приняла законопроект в первом чтении.",
    ];

    public string Name => "layout-pages";

    public string Usage => "[SECTIONS=340] [TABLE-ROWS=9000] [OUT.pdf]: lays out and writes about 1,000 pages of paragraphs and a long table";

    public int Run(IReadOnlyList<string> args)
    {
        var sections = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 340;
        var rows = args.Count > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 9000;
        var output = args.Count > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "layout-pages.pdf");
        var setup = Stopwatch.StartNew();
        var document = Build(sections, rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"set-up: element tree built in {setup.Elapsed.TotalSeconds:F2} s"));
        var clock = Stopwatch.StartNew();
        using (var file = File.Create(output))
        {
            var layout = PdfFormat.Default.Write(document, file);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"measured: {layout.PageCount} pages laid out and written in {clock.Elapsed.TotalSeconds:F2} s ({layout.Passes} passes, {new FileInfo(output).Length / 1024} KB)"));
            // Where the process's time goes besides the engine's own work: the runtime's collector and compiler.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"runtime: {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB allocated, GC pauses {GC.GetTotalPauseDuration().TotalSeconds:F2} s, JIT {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F2} s"));
        }

        return 0;
    }

    private static Document Build(int sections, int rows)
    {
        var body = new List<Element> { new Heading(1, "Benchmark", new TextStyle(Size: 18, Bold: true)), new TableOfContents(1) };
        for (var s = 1; s <= sections; s++)
        {
            body.Add(new Heading(1, $"Section {s}", new TextStyle(Size: 14, Bold: true)));
            for (var p = 0; p < 6; p++)
            {
                body.Add(new Paragraph(Text(s + p, 3 + ((s + p) % 4)), TextStyle.Body, new ParagraphStyle(Alignment: p % 3 == 0 ? TextAlignment.Justify : TextAlignment.Left)));
            }

            body.Add(new ListBlock([new Paragraph(Text(s, 1)), new Paragraph(Text(s + 1, 2))]));
        }

        var bold = TextStyle.Body with { Bold = true };
        var table = new Table(
            [Width.Auto, Width.Fixed(90), Width.Relative()],
            [new TableRow([new TableCell(new Paragraph("Date", bold)), new TableCell(new Paragraph("Speaker", bold)), new TableCell(new Paragraph("Statement", bold))])],
            [.. Enumerable.Range(1, rows).Select(i => new TableRow(
            [
                new TableCell(new Paragraph(new DateOnly(2020, 1, 1).AddDays(i % 2000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
                new TableCell(new Paragraph($"Speaker {i}")),
                new TableCell(new Paragraph(Text(i, 1 + (i % 3)))),
            ]))],
            TableStyle.Default,
            new Paragraph("Statements (continued)", TextStyle.Body with { Italic = true }));
        body.Add(new Heading(1, "Statements", new TextStyle(Size: 14, Bold: true)));
        body.Add(table);
        var furniture = new PageFurniture(
            c => new Paragraph(c.SectionTitle ?? "", new TextStyle(Size: 8)),
            c => new Paragraph(string.Create(CultureInfo.InvariantCulture, $"Page {c.PageNumber} of {c.TotalPages}"), new TextStyle(Size: 8), new ParagraphStyle(Alignment: TextAlignment.Center)));
        return new Document(new Column(body, 6), PageSetup.A4,
            new DocumentInfo("Benchmark", null, null, null, "en", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)), furniture);
    }

    private static string Text(int seed, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(i => Sentences[(seed + i) % Sentences.Length]));
}
