namespace BriefBuilder.Cli;

/// <summary>What the process tells its caller: success, input that has errors, or a command it could not carry out.</summary>
public enum ExitCode
{
    /// <summary>Done, with no errors (warnings allowed).</summary>
    Ok = 0,

    /// <summary>The input was read and has errors.</summary>
    InvalidInput = 1,

    /// <summary>The command line was wrong, or a file could not be read or written at all.</summary>
    UsageError = 2,
}
