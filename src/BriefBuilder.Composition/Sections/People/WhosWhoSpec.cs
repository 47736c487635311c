using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Composition.Sections.People;

/// <summary>People and institutions with role, country and the pages they appear on.</summary>
internal sealed record WhosWhoSpec(bool People = true, bool Institutions = true) : SectionSpec
{
    public override SectionKind Section => WhosWhoSection.Section;

    internal static WhosWhoSpec Read(YamlMapping? m)
    {
        var spec = new WhosWhoSpec();
        return m is null ? spec : spec with
        {
            People = m.Bool("people") ?? spec.People,
            Institutions = m.Bool("institutions") ?? spec.Institutions,
        };
    }
}
