namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>A brief language and the CSL locale pandoc's citeproc formats it with (the locales citeproc embeds).</summary>
internal sealed record OracleLocale(string Language, string CslLocale)
{
    public static OracleLocale English { get; } = new("en", "en-US");

    public static OracleLocale French { get; } = new("fr", "fr-FR");

    public static IReadOnlyList<OracleLocale> All { get; } = [English, French];
}
