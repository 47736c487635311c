using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Composition.Sections.Cover;

/// <summary>Title block: title, subtitle, organisation, author, "As of", audience, disclaimer and the key-figures line.</summary>
public sealed record CoverSpec(bool KeyFigures = true, bool Disclaimer = true, string? Audience = null) : SectionSpec
{
    public override SectionKind Section => CoverSection.Section;

    internal static CoverSpec Read(YamlMapping? m)
    {
        var spec = new CoverSpec();
        return m is null ? spec : spec with
        {
            KeyFigures = m.Bool("key-figures") ?? spec.KeyFigures,
            Disclaimer = m.Bool("disclaimer") ?? spec.Disclaimer,
            Audience = m.Text("audience"),
        };
    }
}
