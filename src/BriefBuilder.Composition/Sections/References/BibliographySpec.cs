using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Composition.Sections.References;

/// <summary>The cited sources, optionally grouped by source type, each linking back to what cites it.</summary>
public sealed record BibliographySpec(bool ByType = false, bool BackLinks = true) : SectionSpec
{
    public override SectionKind Section => BibliographySection.Section;

    internal static BibliographySpec Read(YamlMapping? m)
    {
        var spec = new BibliographySpec();
        return m is null ? spec : spec with
        {
            ByType = m.Bool("by-type") ?? spec.ByType,
            BackLinks = m.Bool("back-links") ?? spec.BackLinks,
        };
    }
}
