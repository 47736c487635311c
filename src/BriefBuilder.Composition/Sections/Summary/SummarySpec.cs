using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Composition.Sections.Summary;

/// <summary>Bottom line first: the workbook's summary (or one computed from the selection when it is narrowed),
/// statements per stance as a chart and text, the most recent statements. Aside puts the key figures and the stance note
/// beside the bottom line, in the room its measure leaves, instead of on the cover.</summary>
internal sealed record SummarySpec(bool Chart = true, int Recent = 3, bool Aside = false) : SectionSpec
{
    public override SectionKind Section => SummarySection.Section;

    internal static SummarySpec Read(YamlMapping? m)
    {
        var spec = new SummarySpec();
        return m is null ? spec : spec with
        {
            Chart = m.Bool("chart") ?? spec.Chart,
            Recent = m.Integer("recent", 0, 50) ?? spec.Recent,
            Aside = m.Bool("aside") ?? spec.Aside,
        };
    }
}
