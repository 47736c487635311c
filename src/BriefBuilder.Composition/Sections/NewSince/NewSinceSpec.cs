using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Composition.Sections.NewSince;

/// <summary>The statements new since an earlier snapshot (the build's --since, else the file named here, relative to the
/// template), at most Limit of them when above 0, each as its full summary or its short form. Left out of a brief that
/// has no earlier snapshot to compare with.</summary>
public sealed record NewSinceSpec(string? Snapshot = null, int Limit = 0, StatementText Text = StatementText.Full) : SectionSpec
{
    public override SectionKind Section => NewSinceSection.Section;

    internal static NewSinceSpec Read(YamlMapping? m) => m is null
        ? new NewSinceSpec()
        : new NewSinceSpec(m.Text("snapshot"), m.Integer("limit", 0, 1000) ?? 0, m.Choice("text", StanceTablesSpec.Texts) ?? StatementText.Full);
}
