using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Composition.Sections.Findings;

/// <summary>The bottom line of a legislative brief, computed from the selection: statements by stance and by kind of
/// speaker, the names on each side, how many are undated, and whose classification the stances are.</summary>
internal sealed record KeyFindingsSpec(int Names = 12) : SectionSpec
{
    public override SectionKind Section => KeyFindingsSection.Section;

    internal static KeyFindingsSpec Read(YamlMapping? m)
    {
        var spec = new KeyFindingsSpec();
        return m is null ? spec : spec with { Names = m.Integer("names", 0, 1000) ?? spec.Names };
    }
}
