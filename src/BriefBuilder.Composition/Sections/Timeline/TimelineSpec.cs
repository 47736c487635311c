using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>The chronological list of claims and events, with an optional graphic above it; Ids: whether the graphic
/// names the statements it draws by ID (and keys them to who made them when the brief prints no IDs).</summary>
internal sealed record TimelineSpec(bool Graphic = true, bool Descriptions = true, bool Compact = false, TimelineList List = TimelineList.All, bool Ids = true) : SectionSpec
{
    private static readonly Dictionary<string, TimelineList> Lists = new()
    {
        ["all"] = TimelineList.All,
        ["events"] = TimelineList.Events,
        ["none"] = TimelineList.None,
    };

    public override SectionKind Section => TimelineSection.Section;

    internal static TimelineSpec Read(YamlMapping? m)
    {
        var spec = new TimelineSpec();
        return m is null ? spec : spec with
        {
            Graphic = m.Bool("graphic") ?? spec.Graphic,
            Descriptions = m.Bool("descriptions") ?? spec.Descriptions,
            Compact = m.Bool("compact") ?? spec.Compact,
            List = m.Choice("list", Lists) ?? spec.List,
            Ids = m.Bool("ids") ?? spec.Ids,
        };
    }
}

/// <summary>Which entries the timeline lists under its graphic.</summary>
internal enum TimelineList
{
    All,
    Events,
    None,
}
