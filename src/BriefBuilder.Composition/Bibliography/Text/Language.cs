namespace BriefBuilder.Composition.Bibliography.Text;

/// <summary>Which sources are English for capitalisation: CSL applies title case only to English items (CSL 1.0.2, "Text-case").</summary>
internal static class Language
{
    /// <summary>True when no language is given (the style's own, English) or its primary subtag is "en".</summary>
    public static bool IsEnglish(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return true;
        }

        var primary = language.Split('-', '_')[0];
        return primary.Equals("en", StringComparison.OrdinalIgnoreCase);
    }
}
