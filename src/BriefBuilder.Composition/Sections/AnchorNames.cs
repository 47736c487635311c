namespace BriefBuilder.Composition.Sections;

/// <summary>The names of the places links point at. Claim IDs stay stable between builds, so anchor names do too.</summary>
internal static class AnchorNames
{
    /// <summary>A claim's main place: its entry in the first section of the brief that lists every claim.</summary>
    public static string Claim(string claimId) => $"claim-{claimId}";

    /// <summary>A claim's place in a section other than its main one (e.g. its stance-table row when the timeline comes first).</summary>
    public static string ClaimIn(string sectionKind, string claimId) => $"claim-{claimId}-{sectionKind}";

    public static string Event(string eventId) => $"event-{eventId}";

    /// <summary>A source's bibliography entry, as the reference list names it.</summary>
    public static string Source(string sourceId) => Bibliography.Anchors.ForSource(sourceId);

    public static string Person(string personId) => $"person-{personId}";

    public static string Institution(string institutionId) => $"institution-{institutionId}";

    public static string Section(string sectionKind) => $"section-{sectionKind}";

    public static string Stance(string stanceKey) => $"stance-{stanceKey}";
}
