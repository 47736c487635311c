using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Composition.Sections.References;

/// <summary>The cited sources, optionally grouped by source type, each linking back to what cites it, in one column or
/// in two (a handout's, whose page is too wide for one line of small text).</summary>
public sealed record BibliographySpec(bool ByType = false, bool BackLinks = true, bool Columns = false) : SectionSpec
{
    public override SectionKind Section => BibliographySection.Section;

    internal static BibliographySpec Read(YamlMapping? m)
    {
        var spec = new BibliographySpec();
        return m is null ? spec : spec with
        {
            ByType = m.Bool("by-type") ?? spec.ByType,
            BackLinks = m.Bool("back-links") ?? spec.BackLinks,
            Columns = m.Bool("columns") ?? spec.Columns,
        };
    }
}
