using BriefBuilder.Dates;

namespace BriefBuilder.Composition.Tests.Builders;

/// <summary>EDTF values for tests, written as the EDTF text a workbook would hold and read by the real parser.</summary>
internal static class Edtf
{
    public static EdtfDate Day(int year, int month, int day, DateQualifiers qualifiers = DateQualifiers.None) =>
        Single($"{year:0000}-{month:00}-{day:00}{Suffix(qualifiers)}");

    public static EdtfDate Month(int year, int month, DateQualifiers qualifiers = DateQualifiers.None) =>
        Single($"{year:0000}-{month:00}{Suffix(qualifiers)}");

    public static EdtfDate Year(int year, DateQualifiers qualifiers = DateQualifiers.None) =>
        Single($"{year:0000}{Suffix(qualifiers)}");

    public static EdtfDate Season(int year, Season season, DateQualifiers qualifiers = DateQualifiers.None) =>
        Single($"{year:0000}-{(int)season}{Suffix(qualifiers)}");

    /// <summary>A decade by its first year: 2020 is "202X".</summary>
    public static EdtfDate Decade(int firstYear) => Single($"{firstYear / 10:000}X");

    /// <summary>A century by its first year: 2000 is "20XX".</summary>
    public static EdtfDate Century(int firstYear) => Single($"{firstYear / 100:00}XX");

    public static DateValue On(EdtfDate date) => Parse(date.Text);

    public static DateValue On(int year, int month, int day) => On(Day(year, month, day));

    public static DateValue Between(EdtfDate start, EdtfDate end) => Parse($"{start.Text}/{end.Text}");

    /// <summary>"2023-09-19/..": still going on.</summary>
    public static DateValue From(EdtfDate start) => Parse($"{start.Text}/..");

    /// <summary>"../2023-10-03": began at some unstated time.</summary>
    public static DateValue Until(EdtfDate end) => Parse($"../{end.Text}");

    /// <summary>"2023-09-19/": the end is not known.</summary>
    public static DateValue FromUnknownEnd(EdtfDate start) => Parse($"{start.Text}/");

    private static EdtfDate Single(string text) => Parse(text).Start!;

    private static DateValue Parse(string text)
    {
        var result = DateValue.Parse(text);
        Assert.True(result.Success, $"'{text}': {result.Error}");
        return result.Value!;
    }

    private static string Suffix(DateQualifiers qualifiers) => qualifiers switch
    {
        DateQualifiers.Uncertain => "?",
        DateQualifiers.Approximate => "~",
        DateQualifiers.None => string.Empty,
        _ => "%",
    };
}
