using BriefBuilder.Composition.Archive;
using BriefBuilder.Layout.Document;

namespace BriefBuilder.Composition.Filtering;

/// <summary>What a build asks for beyond the template: an as-of date, a year, a language, a paper size, and archival
/// choices.</summary>
/// <param name="AsOf">Only claims, events and sources dated on or before this day (by their earliest possible day).</param>
/// <param name="Year">Only claims and events of this year (by their earliest possible day); overrides the template's year.</param>
/// <param name="Language">en, fr or hy; overrides the template's language.</param>
/// <param name="Paper">Overrides the template's paper size, keeping its margins.</param>
/// <param name="PdfA">Write an archival PDF/A-3 snapshot carrying its workbook, whatever the template says.</param>
/// <param name="SourceDate">The build's date when no as-of date is given (SOURCE_DATE_EPOCH, read by the caller).</param>
/// <param name="Since">An earlier snapshot: the brief lists what is new since it.</param>
public sealed record BriefOptions(
    DateOnly? AsOf = null,
    int? Year = null,
    string? Language = null,
    PaperSize? Paper = null,
    bool PdfA = false,
    DateTimeOffset? SourceDate = null,
    PriorSnapshot? Since = null)
{
    public static BriefOptions None { get; } = new();

    /// <summary>How much the layout will take before it stops with a message. Limits decide only whether a brief is
    /// made, never what it looks like, so they are not among a build's recorded inputs.</summary>
    public LayoutLimits Limits { get; init; } = LayoutLimits.Default;
}
