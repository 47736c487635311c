using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Composition.Sections.Provenance;

/// <summary>Coding note, as-of date, filters, counts, workbook hash, template and tool version.</summary>
internal sealed record ProvenanceSpec : SectionSpec
{
    public override SectionKind Section => ProvenanceSection.Section;

    internal static ProvenanceSpec Read(YamlMapping? m) => new();
}
