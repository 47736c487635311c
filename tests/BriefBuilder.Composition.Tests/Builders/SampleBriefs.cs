using System.Collections.Concurrent;
using System.Diagnostics;
using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Bibliography.Oracle;
using BriefBuilder.Records;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Composition.Tests.Builders;

/// <summary>The shipped templates on the sample dossier (sources/artsakh-exodus-2023.xlsx): composed, or built to PDF
/// and read back through pdftotext, each once per test run.</summary>
internal static class SampleBriefs
{
    private static readonly ConcurrentDictionary<(string, BriefOptions), Lazy<BriefOutput>> Built = new();
    private static readonly ConcurrentDictionary<(string, BriefOptions), Lazy<string>> Texts = new();

    public static Dossier Dossier => SampleDossier.Value;

    public static TemplateCatalog Catalog { get; } = TemplateCatalog.Locate(AppContext.BaseDirectory);

    private static Lazy<Dossier> SampleDossier { get; } = new(() =>
        WorkbookReader.Read(RepositoryPaths.SampleWorkbook).Dossier ?? throw new InvalidOperationException("The sample workbook does not read."));

    /// <summary>The composed brief: its selection, context and layout elements.</summary>
    public static BriefResult Compose(string template, BriefOptions? options = null)
    {
        var loaded = Catalog.Load(template).Template!;
        options ??= BriefOptions.None;
        return BriefBuild.Compose(Dossier, loaded, options, Inputs(loaded, options));
    }

    /// <summary>The built PDF (or the diagnostics that stopped it).</summary>
    public static BriefOutput Build(string template, BriefOptions? options = null) =>
        Built.GetOrAdd((template, options ?? BriefOptions.None), key => new Lazy<BriefOutput>(() =>
        {
            var loaded = Catalog.Load(key.Item1).Template!;
            return BriefPdf.Build(Dossier, loaded, key.Item2, Inputs(loaded, key.Item2));
        })).Value;

    /// <summary>The built PDF's text as pdftotext reads it, with form feeds between pages.</summary>
    public static string Text(string template, BriefOptions? options = null) =>
        Texts.GetOrAdd((template, options ?? BriefOptions.None), key => new Lazy<string>(() =>
        {
            var output = Build(key.Item1, key.Item2);
            Assert.True(output.Success, string.Join("\n", output.Diagnostics));
            return PdfToText(output.Pdf!);
        })).Value;

    /// <summary>The letters of the built PDF's tagged content, page furniture and other artifacts left out, in content
    /// order with nothing between them: what a screen reader reads, and what a statement split across pages is made of.</summary>
    public static string ContentLetters(string template, BriefOptions? options = null)
    {
        var output = Build(template, options);
        Assert.True(output.Success, string.Join("\n", output.Diagnostics));
        using var document = UglyToad.PdfPig.PdfDocument.Open(output.Pdf!);
        var letters = new System.Text.StringBuilder();
        foreach (var page in document.GetPages())
        {
            foreach (var content in page.GetMarkedContents())
            {
                Collect(content, letters);
            }
        }

        return letters.ToString();
    }

    /// <summary>Text as a reader compares it: every run of white space one space, soft hyphens gone.</summary>
    public static string Flattened(string text) => string.Join(' ', text.Replace("\u00AD", string.Empty, StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void Collect(UglyToad.PdfPig.Content.MarkedContentElement content, System.Text.StringBuilder letters)
    {
        if (content.IsArtifact)
        {
            return;
        }

        foreach (var letter in content.Letters)
        {
            letters.Append(letter.Value);
        }

        foreach (var child in content.Children)
        {
            Collect(child, letters);
        }
    }

    // The sample's own bytes: the archival snapshot embeds them.
    private static BuildInputs Inputs(BriefTemplate template, BriefOptions options) =>
        BuildInputs.From("artsakh-exodus-2023.xlsx", File.ReadAllBytes(RepositoryPaths.SampleWorkbook), template, options, "0.1.0");

    public static string PdfToText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefbuilder-sample-{Environment.ProcessId}-{Guid.NewGuid():N}.pdf");
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
