using BriefBuilder.Cli.Tests.Processes;
using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Cli.Tests.Commands;

/// <summary>A templates/ folder where the user works adds to the shipped templates and may replace one by name, saying
/// so; `templates` lists them all and where each comes from. Run as a process, in a folder of the test's own.</summary>
public sealed class TemplatesFolderTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Templates_lists_the_shipped_ones_with_paper_and_budget()
    {
        var run = ToolProcess.Briefbuilder(_cli.Folder, "templates");

        Assert.True(run.Code == 0, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["name", "annual-report", "archival-snapshot", "handout", "legislative-brief"], lines.Select(l => l.Split(' ')[0]));
        Assert.Matches(@"^handout +letter +2 pages +shipped +Briefing for advocates +Two-page handout for advocates$", lines[3]);
    }

    [Fact]
    public void A_local_folder_adds_a_template_and_replaces_one_by_name_with_a_note_and_the_others_stay()
    {
        var workbook = Reporting.TestWorkbooks.Starter(_cli, "dossier.xlsx");
        Directory.CreateDirectory(_cli.File("templates"));
        var shipped = File.ReadAllText(Path.Combine(TemplateCatalog.Locate(AppContext.BaseDirectory).Directory, "handout.yaml"));
        File.WriteAllText(_cli.File("templates/handout.yaml"), shipped.Replace("Two-page handout for advocates", "Our own handout", StringComparison.Ordinal));
        File.WriteAllText(_cli.File("templates/flyer.yaml"), "description: One-page flyer\nsections:\n  - cover\n");

        var list = ToolProcess.Briefbuilder(_cli.Folder, "templates");
        var build = ToolProcess.Briefbuilder(_cli.Folder, "build", workbook, "-t", "handout", "-t", "flyer", "-t", "annual-report", "-o", "briefs");

        Assert.True(list.Code == 0, list.ToString());
        Assert.Contains("flyer", list.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^handout +letter +2 pages +templates/handout\.yaml, in place of the shipped one +Briefing for advocates +Our own handout$", list.Output);
        Assert.Matches(@"(?m)^annual-report +a4 +no budget +shipped", list.Output);
        Assert.True(build.Code == 0, build.ToString());
        Assert.Single(build.Error.Split('\n'), line => line.Contains("note:", StringComparison.Ordinal));
        Assert.StartsWith("templates/handout.yaml: note: used in place of the shipped template 'handout'\n", build.Error, StringComparison.Ordinal);
        Assert.All(["handout", "flyer", "annual-report"], name => Assert.True(File.Exists(_cli.File($"briefs/{name}.pdf")), name));
    }

    [Fact]
    public void A_local_copy_with_the_shipped_bytes_replaces_nothing_and_says_nothing()
    {
        var workbook = Reporting.TestWorkbooks.Starter(_cli, "dossier.xlsx");
        Directory.CreateDirectory(_cli.File("templates"));
        File.Copy(Path.Combine(TemplateCatalog.Locate(AppContext.BaseDirectory).Directory, "handout.yaml"), _cli.File("templates/handout.yaml"));

        var build = ToolProcess.Briefbuilder(_cli.Folder, "build", workbook, "-t", "handout", "-o", "briefs");

        Assert.True(build.Code == 0, build.ToString());
        Assert.DoesNotContain("note:", build.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("error", build.Error, StringComparison.Ordinal);
    }
}
