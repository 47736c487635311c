using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Robustness.Tests.NothingLost;

/// <summary>Every command, run as a process, leaves its inputs' bytes and modification times as they were, including
/// when it is pointed at an input through another path to it.</summary>
public sealed class InputsUnchangedTests : TestFolder
{
    [Fact]
    public void Inputs_keep_their_bytes_and_times_after_every_command()
    {
        var real = Directory.CreateDirectory(Path.Combine(Folder, "real")).FullName;
        var workbook = CorpusWorkbook("clean.xlsx", "real/dossier.xlsx");
        var template = Path.Combine(real, "brief.yaml");
        File.Copy(Path.Combine(TemplateCatalog.Locate(AppContext.BaseDirectory).Directory, "legislative-brief.yaml"), template);

        // A template named like the PDF a build writes, so a build into its folder would write over it.
        var pdfNamedTemplate = Path.Combine(real, "brief.pdf");
        File.Copy(template, pdfNamedTemplate);
        File.CreateSymbolicLink(Path.Combine(Folder, "link"), real);
        File.SetLastWriteTimeUtc(workbook, new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc));
        var inputs = new[] { workbook, template, pdfNamedTemplate }.ToDictionary(path => path, FileState.Of);

        (string Name, string[] Args, int Exit)[] commands =
        [
            ("check", ["check", workbook], 0),
            ("check --json", ["check", "--json", workbook], 0),
            ("build", ["build", workbook, "-t", template, "--out", Path.Combine(Folder, "out")], 0),
            ("build-all", ["build-all", "--sources", real, "--out", Path.Combine(Folder, "all")], 0),
            ("export", ["export", "--csl-json", workbook, "--out", Path.Combine(Folder, "sources.json")], 0),
            ("init", ["init", Path.Combine(Folder, "new.xlsx")], 0),
            ("export over the workbook through a linked folder", ["export", "--csl-json", workbook, "--out", Path.Combine(Folder, "link", "dossier.xlsx")], 3),
            ("export over the workbook through /proc/self/cwd", ["export", "--csl-json", "dossier.xlsx", "--out", "/proc/self/cwd/dossier.xlsx"], 3),
            ("build over its template through a linked folder", ["build", workbook, "-t", Path.Combine(Folder, "link", "brief.pdf"), "--out", real], 3),
            ("init over the workbook", ["init", workbook], 2),
        ];
        foreach (var (name, args, exit) in commands)
        {
            using var run = CliProcess.Run(real, args);

            Assert.True(run.ExitCode == exit, $"{name}: exit {run.ExitCode}, expected {exit}:\n{run.Output}");
            foreach (var (path, state) in inputs)
            {
                state.AssertUnchanged(path, name);
            }
        }

        Assert.Equal(["brief.pdf", "brief.yaml", "dossier.xlsx"], FileState.Listing(real));
    }
}
