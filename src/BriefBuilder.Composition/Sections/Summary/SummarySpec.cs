using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Composition.Sections.Summary;

/// <summary>Bottom line first: the workbook's summary (or one computed from the selection when it is narrowed),
/// statements per stance as a chart and text, the most recent statements.</summary>
internal sealed record SummarySpec(bool Chart = true, int Recent = 3) : SectionSpec
{
    public override SectionKind Section => SummarySection.Section;

    internal static SummarySpec Read(YamlMapping? m)
    {
        var spec = new SummarySpec();
        return m is null ? spec : spec with
        {
            Chart = m.Bool("chart") ?? spec.Chart,
            Recent = m.Integer("recent", 0, 50) ?? spec.Recent,
        };
    }
}
