using BriefBuilder.Dates;

namespace BriefBuilder.Composition.Tests.Bibliography.TestSources;

/// <summary>Date values as a curator writes them in EDTF, parsed as the workbook reader parses them.</summary>
internal static class DateValues
{
    public static DateValue Day(int year, int month, int day, DateQualifiers qualifiers = DateQualifiers.None) =>
        Parse($"{year:D4}-{month:D2}-{day:D2}{Mark(qualifiers)}");

    public static DateValue Month(int year, int month, DateQualifiers qualifiers = DateQualifiers.None) =>
        Parse($"{year:D4}-{month:D2}{Mark(qualifiers)}");

    public static DateValue Year(int year, DateQualifiers qualifiers = DateQualifiers.None) =>
        Parse($"{year:D4}{Mark(qualifiers)}");

    public static DateValue Season(int year, Season season) => Parse($"{year:D4}-{(int)season}");

    public static DateValue Decade(int firstYear) => Parse($"{firstYear / 10:D3}X");

    public static DateValue Between(DateValue start, DateValue end) => Parse($"{start}/{end}");

    public static DateValue From(DateValue start) => Parse($"{start}/..");

    private static DateValue Parse(string text)
    {
        var result = DateValue.Parse(text);
        return result.Success ? result.Value! : throw new ArgumentException($"{text}: {result.Error}", nameof(text));
    }

    private static string Mark(DateQualifiers qualifiers) => qualifiers switch
    {
        DateQualifiers.Uncertain => "?",
        DateQualifiers.Approximate => "~",
        DateQualifiers.Uncertain | DateQualifiers.Approximate => "%",
        _ => string.Empty,
    };
}
