using BriefBuilder.Composition.Localization;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>The line that opens a group of undated statements: that the record gives them no date of their own, and the
/// window they fall in when they all share one ("… they fall between September 2023 and 15 April 2024").</summary>
internal static class UndatedNote
{
    public static string Text(BriefContext context, IReadOnlyList<Claim> claims)
    {
        var language = context.Language;
        var count = language.Quantity(claims.Count, language.Nouns.Statement);
        var windows = claims.Select(c => c.Window?.ToString() ?? string.Empty).Distinct().ToList();
        return windows is [{ Length: > 0 }]
            ? TextPattern.Fill(context.Labels.UndatedNoteWindow, ("statements", count), ("window", context.Dates.Window(claims[0].Window)))
            : TextPattern.Fill(context.Labels.UndatedNote, ("statements", count));
    }
}
