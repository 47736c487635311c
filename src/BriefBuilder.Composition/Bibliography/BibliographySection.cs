using BriefBuilder.Records;

namespace BriefBuilder.Composition.Bibliography;

/// <summary>The entries of one source type, for a reference list split into sections.</summary>
public sealed record BibliographySection(SourceType Type, string Title, IReadOnlyList<BibliographyEntry> Entries);

/// <summary>English section titles for source types; other languages come from the brief's localisation.</summary>
public static class SourceTypeTitles
{
    public static string English(SourceType type) => type switch
    {
        SourceType.Article => "Articles",
        SourceType.News => "News reports",
        SourceType.Statement => "Statements",
        SourceType.PressBriefing => "Press briefings",
        SourceType.Report => "Reports",
        SourceType.Resolution => "Resolutions",
        SourceType.Interview => "Interviews",
        SourceType.Book => "Books",
        SourceType.Web => "Web pages",
        SourceType.Social => "Social media posts",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
