using BriefBuilder.Composition.Sections.Charts;
using BriefBuilder.Composition.Sections.Cover;
using BriefBuilder.Composition.Sections.NewSince;
using BriefBuilder.Composition.Sections.Findings;
using BriefBuilder.Composition.Sections.Notes;
using BriefBuilder.Composition.Sections.People;
using BriefBuilder.Composition.Sections.Provenance;
using BriefBuilder.Composition.Sections.References;
using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Sections.Summary;
using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Composition.Sections;

/// <summary>Every kind of section a template can list, in the order the README documents them. A new section is a
/// folder (its spec, with how its options are read, and its composer) and one line here.</summary>
internal static class SectionCatalog
{
    public static IReadOnlyList<SectionKind> Kinds { get; } =
    [
        CoverSection.Section,
        SummarySection.Section,
        KeyFindingsSection.Section,
        MonthlyChartSection.Section,
        TimelineSection.Section,
        StanceTablesSection.Section,
        WhosWhoSection.Section,
        BibliographySection.Section,
        RecordNotesSection.Section,
        NewSinceSection.Section,
        ProvenanceSection.Section,
    ];

    /// <summary>The kind a template names, or null when there is none.</summary>
    public static SectionKind? Find(string name) => Kinds.FirstOrDefault(k => k.Name == name);
}
