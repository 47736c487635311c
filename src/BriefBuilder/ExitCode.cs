namespace BriefBuilder.Cli;

/// <summary>What the process tells its caller, the same for every command (README, "Exit codes").</summary>
public enum ExitCode
{
    /// <summary>Done, with no errors (warnings allowed, unless --fail-on-warnings).</summary>
    Ok = 0,

    /// <summary>The input was read and has errors (or warnings, with --fail-on-warnings).</summary>
    InvalidInput = 1,

    /// <summary>The command line is wrong: an unknown command or option, a bad option value, or an input that cannot be
    /// read at all (no such file, not a workbook).</summary>
    UsageError = 2,

    /// <summary>An output file or folder could not be written.</summary>
    OutputUnwritable = 3,
}
