namespace BriefBuilder.Diagnostics;

/// <summary>One problem found in a user's input: its catalogued code (which gives its severity), where it is, and what
/// the user should know.</summary>
public sealed record Diagnostic(DiagnosticCode Code, SourceLocation Location, string Message)
{
    public Severity Severity => Code.Severity;

    /// <summary>`file: Sheet!Cell: error: message [BB033]`, the form compilers and editors understand, with the code a
    /// reader looks up in the documentation at the end, as compilers show the option behind a warning.</summary>
    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()}: {Message} [{Code}]";
}

/// <summary>Errors stop a build; warnings are reported and the build goes on.</summary>
public enum Severity
{
    Warning,
    Error,
}
