namespace BriefBuilder.Bench;

/// <summary>One benchmark, run as a whole process and timed from outside; discovered by name.</summary>
public interface IBenchmark
{
    /// <summary>The name given on the command line, e.g. `read-workbook`.</summary>
    string Name { get; }

    /// <summary>One line on what is measured and the arguments taken.</summary>
    string Usage { get; }

    /// <summary>Runs once and returns the process exit code. Set-up work (generating inputs) is reported apart from the measured part.</summary>
    int Run(IReadOnlyList<string> args);
}
