using System.Diagnostics;
using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Bibliography.Oracle;
using BriefBuilder.Records;
using BriefBuilder.Workbooks;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using UglyToad.PdfPig.Content;

namespace BriefBuilder.Composition.Tests.Briefs;

/// <summary>The sample dossier's archival snapshot as a reader gets it: its text through pdftotext, its links through
/// the PDF's own annotations, the words under and at the end of each link through PdfPig.</summary>
public class SamplePdfTests
{
    private static readonly Lazy<Dossier> Sample = new(() => WorkbookReader.Read(RepositoryPaths.SampleWorkbook).Dossier!);

    private static readonly Lazy<byte[]> Archival = new(() =>
    {
        var template = TemplateCatalog.Locate(AppContext.BaseDirectory).Load("archival-snapshot").Template!;
        var inputs = BuildInputs.From("artsakh-exodus-2023.xlsx", File.ReadAllBytes(RepositoryPaths.SampleWorkbook), template, BriefOptions.None, "0.1.0");
        return BriefPdf.Build(Sample.Value, template, BriefOptions.None, inputs).Pdf!;
    });

    [Fact]
    public void Pdftotext_finds_every_claim_s_summary_and_every_cited_source_s_title()
    {
        var text = Squeezed(PdfToText(Archival.Value));

        Assert.All(Sample.Value.Claims, claim => Assert.Contains(Squeezed(claim.Summary), text, StringComparison.Ordinal));
        var cited = Sample.Value.Claims.SelectMany(c => c.SourceIds).Distinct(StringComparer.OrdinalIgnoreCase);
        // Titles are compared without case: the styles title-case them (CMOS 8.159, APA 6.17).
        Assert.All(cited, id => Assert.Contains(Squeezed(Sample.Value.FindSource(id)!.PlainTitle!), text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_citation_link_lands_on_the_bibliography_entry_of_the_author_it_names()
    {
        var authors = Sample.Value.Sources.Select(FirstAuthorWord).ToHashSet(StringComparer.Ordinal);
        using var words = UglyToad.PdfPig.PdfDocument.Open(Archival.Value);
        var pdf = PdfReader.Open(new MemoryStream(Archival.Value), PdfDocumentOpenMode.Import);
        // Each page's words are extracted once: the sample has hundreds of links and extraction dominates the test.
        var pageWords = new Dictionary<int, List<Word>>();
        List<Word> WordsOf(int page) => pageWords.TryGetValue(page, out var found) ? found : pageWords[page] = [.. words.GetPage(page).GetWords()];
        var pageNumbers = Enumerable.Range(0, pdf.PageCount).Where(i => pdf.Pages[i].Reference is not null)
            .ToDictionary(i => pdf.Pages[i].Reference!.ObjectNumber, i => i + 1);
        var citations = 0;
        for (var index = 0; index < pdf.PageCount; index++)
        {
            foreach (var annotation in pdf.Pages[index].Annotations.OfType<PdfDictionary>())
            {
                if (Resolve(annotation.Elements["/Dest"]) is not PdfArray destination)
                {
                    continue;
                }

                var rect = annotation.Elements.GetRectangle("/Rect");
                var linkText = WordsIn(WordsOf(index + 1), rect.X1, rect.Y1, rect.X2, rect.Y2);
                var named = linkText.Select(w => w.Trim('(', ')', ';', ',', '.')).FirstOrDefault(authors.Contains);
                if (named is null || !linkText.Any(w => w.Trim('(', ')', ';', ',', '.').Length == 4 && w.Any(char.IsDigit)))
                {
                    continue;
                }

                var (page, top) = Target(pageNumbers, destination);
                var landing = WordsIn(WordsOf(page), 0, top - 14, 10_000, top + 2);
                Assert.True(landing.Count > 0 && landing[0].TrimEnd(',', '.') == named, $"a link '{string.Join(' ', linkText)}' on page {index + 1} lands on '{string.Join(' ', landing)}' on page {page}");
                citations++;
            }
        }

        // Every claim cites at least the article; a citation broken across two lines is two links, each holding only
        // part of "Author Year", and is not counted here.
        Assert.True(citations >= Sample.Value.Claims.Count, $"{citations} citation links");
    }

    private static string FirstAuthorWord(Source source) => source.Authors.FirstOrDefault() switch
    {
        PersonName person => person.Family,
        OrganizationName organization => organization.Name.Split(' ')[0],
        _ => source.Title!.Split(' ')[0],
    };

    private static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;

    // Pages are matched by object number: the reader may hand back the page's dictionary and its page wrapper apart.
    private static (int Page, double Top) Target(Dictionary<int, int> pageNumbers, PdfArray destination)
    {
        var target = ((PdfReference)destination.Elements[0]).ObjectNumber;
        return pageNumbers.TryGetValue(target, out var page)
            ? (page, ((PdfReal)destination.Elements[3]).Value)
            : throw new InvalidOperationException($"a link points at object {target}, which is no page of the document");
    }

    // Words whose centre lies in the rectangle (PDF coordinates, y up), in reading order.
    private static List<string> WordsIn(List<Word> words, double x1, double y1, double x2, double y2) =>
        [.. words
            .Where(w => w.BoundingBox.Centroid.X >= Math.Min(x1, x2) && w.BoundingBox.Centroid.X <= Math.Max(x1, x2)
                && w.BoundingBox.Centroid.Y >= Math.Min(y1, y2) && w.BoundingBox.Centroid.Y <= Math.Max(y1, y2))
            .OrderByDescending(w => Math.Round(w.BoundingBox.Bottom))
            .ThenBy(w => w.BoundingBox.Left)
            .Select(w => w.Text)];

    // Line breaks, hyphenation points and spacing differ between the workbook and the page; the characters do not.
    private static string Squeezed(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c) && c != '\u00AD')]);

    private static string PdfToText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefbuilder-sample-{Environment.ProcessId}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
