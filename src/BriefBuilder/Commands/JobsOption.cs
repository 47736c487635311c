using System.CommandLine;

namespace BriefBuilder.Cli.Commands;

/// <summary>`--jobs N`: how many briefs are built at once; by default one per core. The files are the same whatever N.</summary>
public sealed class JobsOption
{
    private readonly Option<int?> _jobs = new("--jobs", "-j") { Description = "Build up to N briefs at once (default: one per core); the files are the same whatever N." };

    public void AddTo(Command command) => command.Options.Add(_jobs);

    public (int Jobs, string? Error) Read(ParseResult parsed) => parsed.GetValue(_jobs) switch
    {
        null => (Environment.ProcessorCount, null),
        < 1 and var n => (0, $"--jobs: '{n}' is not a number of briefs to build at once (1 or more)"),
        var n => (n.Value, null),
    };
}
