using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Composition.Sections.Charts;

/// <summary>A chart of statements per month by stance, for a year in review.</summary>
internal sealed record MonthlyChartSpec : SectionSpec
{
    public override SectionKind Section => MonthlyChartSection.Section;

    internal static MonthlyChartSpec Read(YamlMapping? m) => new();
}
