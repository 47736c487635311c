namespace BriefBuilder.Diagnostics;

/// <summary>One problem found in a user's input, with where it is and how serious it is.</summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Code, string Message)
{
    /// <summary>`file: Sheet!Cell: error: message`, the form compilers and editors understand.</summary>
    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}

/// <summary>Errors stop a build; warnings are reported and the build goes on.</summary>
public enum Severity
{
    Warning,
    Error,
}
