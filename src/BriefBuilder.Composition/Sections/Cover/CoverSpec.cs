using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Composition.Sections.Cover;

/// <summary>Title block: title, subtitle, organisation, author, "As of", audience, disclaimer and the key-figures line.
/// The audience line is given for every language or per language code (the empty key stands for every language).
/// CorrectionsNote: a line saying how many corrections the record makes to its sources, in briefs without the notes appendix.</summary>
internal sealed record CoverSpec(bool KeyFigures = true, bool Disclaimer = true, IReadOnlyDictionary<string, string>? Audience = null, bool CorrectionsNote = true) : SectionSpec
{
    /// <summary>The audience line in the brief's language: its own text, else the one for every language, else none
    /// (a brief in French never says whom it is for in English).</summary>
    public string? AudienceIn(string language) =>
        Audience is null ? null
        : Audience.TryGetValue(language, out var own) ? own
        : Audience.TryGetValue(string.Empty, out var any) ? any
        : null;

    public override SectionKind Section => CoverSection.Section;

    internal static CoverSpec Read(YamlMapping? m)
    {
        var spec = new CoverSpec();
        return m is null ? spec : spec with
        {
            KeyFigures = m.Bool("key-figures") ?? spec.KeyFigures,
            Disclaimer = m.Bool("disclaimer") ?? spec.Disclaimer,
            Audience = m.TextPerLanguage("audience"),
            CorrectionsNote = m.Bool("corrections-note") ?? spec.CorrectionsNote,
        };
    }
}
