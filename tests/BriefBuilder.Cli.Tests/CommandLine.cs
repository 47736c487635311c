using BriefBuilder.Cli;
using BriefBuilder.Cli.Output;

namespace BriefBuilder.Cli.Tests;

/// <summary>Runs the command line in this process, as a terminal would but with its output captured, in a folder of
/// its own that tests put workbooks in.</summary>
internal sealed class CommandLine : IDisposable
{
    public CommandLine() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "briefbuilder-cli-tests-" + Guid.NewGuid().ToString("N"));

    public static string MessyWorkbook => Path.Combine(AppContext.BaseDirectory, "workbooks", "messy.xlsx");

    public string File(string name) => Path.Combine(Folder, name);

    /// <summary>A copy of the committed messy workbook in the test's folder.</summary>
    public string CopyOfMessy(string name = "messy.xlsx")
    {
        System.IO.File.Copy(MessyWorkbook, File(name));
        return File(name);
    }

    public Outcome Run(params string[] args) => Run(colour: false, args);

    public Outcome Run(bool colour, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, new CliOutput(output, error, colour));
        return new Outcome((ExitCode)code, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>What a run left: its exit code, standard output and standard error.</summary>
    public sealed record Outcome(ExitCode Code, string Output, string Error)
    {
        public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
