namespace BriefBuilder.Diagnostics;

/// <summary>One code of the catalogue (<see cref="DiagnosticCatalogue"/>): its identifier, the severity every
/// diagnostic of it has, and the one line that documents it.</summary>
public sealed record DiagnosticCode
{
    // Only the catalogue's classes make codes, so every code a diagnostic carries is catalogued and documented.
    internal DiagnosticCode(string id, Severity severity, string summary)
    {
        Id = id;
        Severity = severity;
        Summary = summary;
    }

    /// <summary>What users see and search for: `BB041`, `TPL003`.</summary>
    public string Id { get; }

    public Severity Severity { get; }

    /// <summary>The documentation line, as the user documentation prints it.</summary>
    public string Summary { get; }

    public override string ToString() => Id;
}
