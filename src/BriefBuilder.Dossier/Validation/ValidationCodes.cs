namespace BriefBuilder.Validation;

/// <summary>Codes of the diagnostics that model-level validation reports (BB050 to BB069).</summary>
public static class ValidationCodes
{
    /// <summary>Error: two records of one kind share an ID (IDs compare case-insensitively).</summary>
    public const string DuplicateId = "BB050";

    /// <summary>Error: a reference names an ID that no record of the expected kind has.</summary>
    public const string UnknownReference = "BB051";

    /// <summary>Error: following institutions' parents leads back to where it started.</summary>
    public const string ParentCycle = "BB052";

    /// <summary>Error: a URL that is not absolute, or whose scheme is not http, https or mailto.</summary>
    public const string BadUrl = "BB053";

    /// <summary>Warning: two people's or institutions' names differ only by accents, case, spacing or a letter or two.</summary>
    public const string NearDuplicateName = "BB060";

    /// <summary>Warning: a source that no claim or event cites.</summary>
    public const string UnusedSource = "BB061";

    /// <summary>Warning: a person who speaks in no claim.</summary>
    public const string PersonWithoutClaims = "BB062";

    /// <summary>Warning: a web source with neither a publication date nor an accessed date.</summary>
    public const string UndatedWebSource = "BB063";

    /// <summary>Warning: a claim whose status is draft.</summary>
    public const string DraftClaim = "BB064";

    /// <summary>Warning: a claim's short form longer than a handout can print whole, or no shorter than its summary.</summary>
    public const string LongShortForm = "BB065";
}
