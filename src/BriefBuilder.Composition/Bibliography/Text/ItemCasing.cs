using BriefBuilder.Composition.Bibliography.Csl;

namespace BriefBuilder.Composition.Bibliography.Text;

/// <summary>Capitalisation of an item's fields: headline style only for English items, first-word capitals for all.</summary>
internal static class ItemCasing
{
    public static string? TitleCased(this CslItem item, string? text, BibliographyLocale locale) =>
        text is not null && Language.IsEnglish(locale.LanguageOf(item)) ? TitleCase.Apply(text) : text;

    public static string? CapitalizedFirst(this CslItem item, string? text) =>
        text is null ? null : TitleCase.CapitalizeFirst(text);
}
