namespace BriefBuilder.Diagnostics;

/// <summary>One problem found in a user's input: its catalogued code (which gives its severity), where it is, and what
/// the user should know.</summary>
public sealed record Diagnostic(DiagnosticCode Code, SourceLocation Location, string Message)
{
    public Severity Severity => Code.Severity;

    /// <summary>`file: Sheet!Cell: error: message`, the form compilers and editors understand.</summary>
    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}

/// <summary>Errors stop a build; warnings are reported and the build goes on.</summary>
public enum Severity
{
    Warning,
    Error,
}
