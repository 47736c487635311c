using System.Diagnostics;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Tests.Fonts;

namespace BriefBuilder.Cli.Tests.Commands;

/// <summary>A template's own fonts are its builds' alone: a brief comes out the same whatever was built before it, and a
/// font file that cannot be used stops the build at the template that names it.</summary>
public sealed class TemplateFontTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public TemplateFontTests() => Directory.CreateDirectory(_cli.File("templates/fonts"));

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_brief_built_after_a_template_with_its_own_font_has_its_bytes_built_alone_in_one_process_and_in_two()
    {
        Directory.CreateDirectory(_cli.File("sources"));
        var workbook = Starter("sources/dossier.xlsx");
        var handout = CopyOfHandout("templates/handout.yaml");
        // Sorted first, so build-all builds it before the handout. Its font sets the serif body in bold outlines.
        var ownFont = WithFont("templates/bold-serif.yaml", TestFonts.BoldSerifAsRegular(_cli.File("templates/fonts/BoldSerif.ttf")));

        // Two processes: one builds the handout alone, the other every template of the folder.
        Spawn("build", workbook, "-t", "handout", "--out", _cli.File("alone"));
        Spawn("build-all", "--sources", _cli.File("sources"), "--out", _cli.File("all"));
        // One process, this one: the template with its own font, then the handout.
        Assert.Equal(ExitCode.Ok, _cli.Run("build", workbook, "-t", ownFont, "--out", _cli.File("one")).Code);
        Assert.Equal(ExitCode.Ok, _cli.Run("build", workbook, "-t", handout, "--out", _cli.File("one")).Code);

        var alone = File.ReadAllBytes(_cli.File("alone/handout.pdf"));
        Assert.Equal(alone, File.ReadAllBytes(_cli.File("all/dossier/handout.pdf")));
        Assert.Equal(alone, File.ReadAllBytes(_cli.File("one/handout.pdf")));
        Assert.Equal(File.ReadAllBytes(_cli.File("all/dossier/bold-serif.pdf")), File.ReadAllBytes(_cli.File("one/bold-serif.pdf")));
    }

    [Fact]
    public void A_damaged_font_of_an_installed_family_stops_the_build_at_the_template_with_the_font_path()
    {
        var workbook = Starter("dossier.xlsx");
        var font = TestFonts.Damaged(_cli.File("templates/fonts/Heading.ttf"));
        var template = WithFont("templates/mine.yaml", font);

        var outcome = _cli.Run("build", workbook, "-t", template, "--out", _cli.File("briefs"));

        Assert.Equal(ExitCode.InvalidInput, outcome.Code);
        Assert.Contains($"{template}: error: Font file '{font}' is damaged: table 'glyf' does not match its checksum.", outcome.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.File("briefs/mine.pdf")));
    }

    private string CopyOfHandout(string name)
    {
        File.Copy(Path.Combine(TemplateCatalog.Locate().Directory, "handout.yaml"), _cli.File(name));
        return _cli.File(name);
    }

    // The handout naming a font file beside it; its fonts section gains a files line.
    private string WithFont(string name, string font)
    {
        var handout = File.ReadAllText(Path.Combine(TemplateCatalog.Locate().Directory, "handout.yaml"));
        var relative = Path.GetRelativePath(Path.GetDirectoryName(_cli.File(name))!, font);
        File.WriteAllText(_cli.File(name), handout.Replace("fonts:\n", $"fonts:\n  files: [{relative}]\n", StringComparison.Ordinal));
        return _cli.File(name);
    }

    private string Starter(string name)
    {
        var path = _cli.File(name);
        Assert.Equal(ExitCode.Ok, _cli.Run("init", path).Code);
        return path;
    }

    // The command line in a process of its own, started in the test's folder so it finds the folder's templates; it must succeed.
    private void Spawn(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _cli.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "briefbuilder.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"briefbuilder {string.Join(' ', args)} exited {process.ExitCode}:\n{output}\n{error.Result}");
    }
}
