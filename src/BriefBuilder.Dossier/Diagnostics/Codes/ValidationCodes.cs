namespace BriefBuilder.Diagnostics;

/// <summary>Codes of the diagnostics that model-level validation reports (BB050 to BB069).</summary>
public static class ValidationCodes
{
    public static readonly DiagnosticCode DuplicateId = new("BB050", Severity.Error,
        "A duplicate ID (or stance key).");

    public static readonly DiagnosticCode UnknownReference = new("BB051", Severity.Error,
        "A reference to an ID that does not exist: a claim's source, speaker, institution or stance; a person's institution; an institution's parent; an event's source.");

    public static readonly DiagnosticCode ParentCycle = new("BB052", Severity.Error,
        "Institution parents that form a cycle (reported once, at its first member).");

    public static readonly DiagnosticCode BadUrl = new("BB053", Severity.Error,
        "A URL that is not absolute, or whose scheme is not http, https or mailto.");

    public static readonly DiagnosticCode NearDuplicateName = new("BB060", Severity.Warning,
        "Near-duplicate names of people or institutions: equal once accents, case and spacing are set aside, or one letter apart (two for long names).");

    public static readonly DiagnosticCode UnusedSource = new("BB061", Severity.Warning,
        "A source no claim or event cites.");

    public static readonly DiagnosticCode PersonWithoutClaims = new("BB062", Severity.Warning,
        "A person who is the speaker of no claim.");

    public static readonly DiagnosticCode UndatedWebSource = new("BB063", Severity.Warning,
        "A web source with neither a date nor an accessed date.");

    public static readonly DiagnosticCode DraftClaim = new("BB064", Severity.Warning,
        "A draft claim.");

    public static readonly DiagnosticCode LongShortForm = new("BB065", Severity.Warning,
        "A claim's short form longer than 120 characters (about two lines of a handout column), or no shorter than its summary.");
}
