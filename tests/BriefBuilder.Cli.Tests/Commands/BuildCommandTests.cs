using UglyToad.PdfPig;

namespace BriefBuilder.Cli.Tests.Commands;

public sealed class BuildCommandTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Build_writes_one_pdf_named_for_the_template_and_reports_its_pages()
    {
        var workbook = Starter("dossier.xlsx");
        var outDir = _cli.File("briefs");

        var outcome = _cli.Run("build", workbook, "--template", "legislative-brief", "--out", outDir);

        Assert.Equal(ExitCode.Ok, outcome.Code);
        var pdf = Path.Combine(outDir, "legislative-brief.pdf");
        using var document = PdfDocument.Open(pdf);
        Assert.Contains($"{pdf}: {document.NumberOfPages} pages", outcome.Output, StringComparison.Ordinal);
        Assert.Equal([Path.GetFileName(pdf)], Directory.GetFiles(outDir).Select(Path.GetFileName));
    }

    [Fact]
    public void The_same_inputs_build_the_same_bytes()
    {
        var workbook = Starter("dossier.xlsx");

        _cli.Run("build", workbook, "-t", "handout", "--out", _cli.File("first"));
        _cli.Run("build", workbook, "-t", "handout", "--out", _cli.File("second"));

        Assert.Equal(
            File.ReadAllBytes(_cli.File("first/handout.pdf")),
            File.ReadAllBytes(_cli.File("second/handout.pdf")));
    }

    [Fact]
    public void A_workbook_with_errors_stops_the_build_with_its_cells_and_writes_nothing()
    {
        var messy = _cli.CopyOfMessy();

        var outcome = _cli.Run("build", messy, "--template", "handout", "--out", _cli.File("briefs"));

        Assert.Equal(ExitCode.InvalidInput, outcome.Code);
        Assert.Contains($"{messy}: Claims!", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.File("briefs")) && Directory.EnumerateFileSystemEntries(_cli.File("briefs")).Any());
    }

    [Fact]
    public void An_unknown_template_is_a_usage_error_naming_the_nearest_one_and_nothing_is_written()
    {
        var workbook = Starter("dossier.xlsx");

        var outcome = _cli.Run("build", workbook, "--template", "handot", "--out", _cli.File("briefs"));

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.Contains("--template: no template 'handot'; the templates are annual-report, archival-snapshot, handout, legislative-brief; did you mean 'handout'?", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.File("briefs")));
    }

    [Fact]
    public void A_template_with_a_bad_key_is_reported_at_its_line()
    {
        var workbook = Starter("dossier.xlsx");
        var template = _cli.File("mine.yaml");
        File.WriteAllText(template, "description: Mine\npage:\n  size: a4\n  colour: blue\nsections:\n  - cover\n");

        var outcome = _cli.Run("build", workbook, "--template", template, "--out", _cli.File("briefs"));

        Assert.Equal(ExitCode.InvalidInput, outcome.Code);
        Assert.Contains($"{template}:4:", outcome.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.File("briefs/mine.pdf")));
    }

    [Theory]
    [InlineData("--as-of", "15/04/2024", "--as-of")]
    [InlineData("--paper", "a5", "--paper")]
    public void A_bad_option_value_is_a_usage_error_naming_the_option(string option, string value, string named)
    {
        var workbook = Starter("dossier.xlsx");

        var outcome = _cli.Run("build", workbook, "-t", "handout", option, value, "--out", _cli.File("briefs"));

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.Contains(named, outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.File("briefs")));
    }

    [Fact]
    public void Build_all_writes_every_template_for_every_workbook_and_leaves_the_workbooks_untouched()
    {
        Directory.CreateDirectory(_cli.File("sources"));
        var first = Starter("sources/alpha.xlsx");
        var second = Starter("sources/beta.xlsx");
        var before = File.ReadAllBytes(first);

        var outcome = _cli.Run("build-all", "--sources", _cli.File("sources"), "--out", _cli.File("out"));

        Assert.Equal(ExitCode.Ok, outcome.Code);
        var templates = Directory.GetFiles(_cli.File("out/alpha"), "*.pdf").Select(Path.GetFileNameWithoutExtension).Order().ToList();
        Assert.Equal(["annual-report", "archival-snapshot", "handout", "legislative-brief"], templates);
        Assert.Equal(templates, Directory.GetFiles(_cli.File("out/beta"), "*.pdf").Select(Path.GetFileNameWithoutExtension).Order());
        Assert.Equal("Built 8 of 8 briefs.", outcome.Lines[^1]);
        Assert.Equal(before, File.ReadAllBytes(first));
        Assert.True(File.Exists(second));
    }

    private string Starter(string name)
    {
        var path = _cli.File(name);
        Assert.Equal(ExitCode.Ok, _cli.Run("init", path).Code);
        return path;
    }
}
