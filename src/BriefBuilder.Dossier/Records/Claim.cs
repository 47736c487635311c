using BriefBuilder.Dates;

namespace BriefBuilder.Records;

/// <summary>One attributed public statement: who said what, when, with which stance, citing which sources. A claim with
/// speakers may speak for no institution (its speakers spoke in a personal capacity): then InstitutionId is null.</summary>
/// <param name="Date">When the statement was made, as the record dates it; null when the record gives it no date of its own.</param>
/// <param name="Window">For an undated statement, the span it must fall in, as the curator bounds it (say, after the
/// event it reacts to and before the source reporting it); null when dated, or when no window is given.</param>
/// <param name="ShortForm">The curator's own shorter wording of the summary, for briefs with little room; never a cut of it.</param>
/// <param name="Citations">The sources that record the statement, in the curator's order, each with its own locator.</param>
/// <param name="IsKey">Marked by the curator as one of the dossier's key statements.</param>
/// <param name="Correction">What the source gets wrong that this record corrects, in the curator's words.</param>
public sealed record Claim(
    string Id,
    DateValue? Date,
    DateValue? Window,
    string? DisplayDate,
    IReadOnlyList<string> SpeakerIds,
    string? InstitutionId,
    string StanceKey,
    string Summary,
    string? ShortForm,
    string? Quote,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<string> Tags,
    bool IsKey,
    ClaimStatus Status,
    string? Notes,
    string? Correction,
    RecordOrigin Origin)
{
    /// <summary>True when the record dates the statement itself.</summary>
    public bool IsDated => Date is not null;

    /// <summary>The IDs of the cited sources, in citation order.</summary>
    public IReadOnlyList<string> SourceIds => new CitedSourceIds(Citations);
}

/// <summary>Whether a claim has been checked against its sources.</summary>
public enum ClaimStatus
{
    Verified,
    Draft,
}
