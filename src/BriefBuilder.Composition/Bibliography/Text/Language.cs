namespace BriefBuilder.Composition.Bibliography.Text;

/// <summary>Which items are English for capitalisation and sorting: CSL applies title case only to English items (CSL 1.0.2, "Text-case").</summary>
internal static class Language
{
    /// <summary>True when the language's primary subtag is "en"; see <see cref="BibliographyLocale.LanguageOf"/> for an item without one.</summary>
    public static bool IsEnglish(string language)
    {
        var primary = language.Split('-', '_')[0];
        return primary.Equals("en", StringComparison.OrdinalIgnoreCase);
    }
}
