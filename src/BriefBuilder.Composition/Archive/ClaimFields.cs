using BriefBuilder.Records;

namespace BriefBuilder.Composition.Archive;

/// <summary>The fields of a statement that a comparison looks at, each named as the Claims sheet's column and written as
/// text the way the workbook holds it (dates in EDTF, lists joined with "; ", each source with its locator). Where a claim
/// was read from (its row) is no part of what it says, and is not compared; nor are SourceIds, which Citations holds.</summary>
internal static class ClaimFields
{
    public static IReadOnlyList<(string Name, Func<Claim, string?> Value)> All { get; } =
    [
        ("Date", c => c.Date?.ToString()),
        ("Undated Window", c => c.Window?.ToString()),
        ("Display Date", c => c.DisplayDate),
        ("Speaker", c => List(c.SpeakerIds)),
        ("Institution", c => c.InstitutionId),
        ("Stance", c => c.StanceKey),
        ("Summary", c => c.Summary),
        ("Short Form", c => c.ShortForm),
        ("Quote", c => c.Quote),
        ("Sources", c => List([.. c.Citations.Select(s => s.Locator is null ? s.SourceId : $"{s.SourceId} {s.Locator}")])),
        ("Tags", c => List(c.Tags)),
        ("Key", c => c.IsKey ? "yes" : null),
        ("Status", c => c.Status.ToString().ToLowerInvariant()),
        ("Notes", c => c.Notes),
        ("Correction", c => c.Correction),
    ];

    /// <summary>The fields whose values differ, in column order.</summary>
    public static IReadOnlyList<FieldChange> Differences(Claim older, Claim newer) =>
    [
        .. All.Select(f => (f.Name, Old: Empty(f.Value(older)), New: Empty(f.Value(newer))))
            .Where(f => !string.Equals(f.Old, f.New, StringComparison.Ordinal))
            .Select(f => new FieldChange(f.Name, f.Old, f.New)),
    ];

    private static string? List(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join("; ", values);

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
