namespace BriefBuilder.Diagnostics;

/// <summary>Codes of the problems of a template file, reported at its line and column (TPL001-TPL009).</summary>
public static class TemplateCodes
{
    public static readonly DiagnosticCode Syntax = new("TPL001", Severity.Error,
        "The file is not valid YAML.");

    public static readonly DiagnosticCode UnknownKey = new("TPL002", Severity.Error,
        "A key the template format does not have.");

    public static readonly DiagnosticCode BadValue = new("TPL003", Severity.Error,
        "A value a key cannot take (a header or footer pattern with an unclosed `{` or an unknown placeholder, margins leaving less than an inch for text, ...).");

    public static readonly DiagnosticCode NotFound = new("TPL004", Severity.Error,
        "No template of that name or path.");

    public static readonly DiagnosticCode UnknownStance = new("TPL005", Severity.Error,
        "`filters.stances` names a stance the workbook does not define.");

    public static readonly DiagnosticCode BadSnapshot = new("TPL006", Severity.Error,
        "`new-since.snapshot` names a file that is not an archival snapshot that can be read.");

    public static readonly DiagnosticCode OverLimit = new("TPL007", Severity.Error,
        "The template goes past a limit: its size, how deep it nests, how often it uses aliases (see the README's \"What BriefBuilder does with bad input\").");
}
