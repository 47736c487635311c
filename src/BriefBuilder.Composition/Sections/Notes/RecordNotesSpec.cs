using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Composition.Sections.Notes;

/// <summary>An appendix of every note and correction the workbook records on the selected statements, people,
/// institutions and sources, so that what the curator corrected or inferred is disclosed in full.</summary>
internal sealed record RecordNotesSpec : SectionSpec
{
    public override SectionKind Section => RecordNotesSection.Section;

    internal static RecordNotesSpec Read(YamlMapping? m) => new();
}
