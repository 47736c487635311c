namespace BriefBuilder.Diagnostics;

/// <summary>Codes of the problems of a command run itself rather than of its inputs.</summary>
public static class CommandLineCodes
{
    public static readonly DiagnosticCode Usage = new("CLI001", Severity.Error,
        "The command line is wrong: an unknown command, option, template or language, or a bad value (exit code 2).");

    public static readonly DiagnosticCode EmptySelection = new("CLI002", Severity.Warning,
        "A `--year` or `--as-of` that leaves the brief nothing to show: the message gives the span the record's dates cover.");

    public static readonly DiagnosticCode NotWritten = new("BB100", Severity.Error,
        "An output file or folder cannot be written, or would be written over an input (exit code 3).");
}
