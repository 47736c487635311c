using BriefBuilder.Dates;

namespace BriefBuilder.Composition.Bibliography.Csl;

/// <summary>
/// A CSL-JSON date: one or two date-parts (a range), an optional season, the "circa" flag, or a literal
/// for what date-parts cannot say (a decade, a century).
/// </summary>
public sealed record CslDate(IReadOnlyList<CslDateParts> Parts, Season? Season, bool Circa, string? Literal)
{
    public CslDateParts Start => Parts[0];

    public CslDateParts? End => Parts.Count > 1 ? Parts[1] : null;

    /// <summary>
    /// Maps an EDTF value. Approximate and uncertain dates both become "circa", CSL's only qualifier.
    /// An interval with an open or unknown end keeps only its start: CSL has no open range.
    /// </summary>
    public static CslDate? From(DateValue? value)
    {
        if (value is null)
        {
            return null;
        }

        var start = value.Start ?? value.End;
        if (start is null)
        {
            return null;
        }

        if (start.Precision is DatePrecision.Decade or DatePrecision.Century)
        {
            return new CslDate([], null, start.IsApproximate || start.IsUncertain, LiteralFor(start));
        }

        var end = value.IsInterval && value.EndKind == IntervalEnd.Known && value.Start is not null ? value.End : null;
        var circa = IsQualified(start) || (end is not null && IsQualified(end));
        var parts = end is null ? new[] { PartsOf(start) } : [PartsOf(start), PartsOf(end)];
        var season = end is null && start.Precision == DatePrecision.Season ? start.Season : null;
        return new CslDate(parts, season, circa, null);
    }

    private static bool IsQualified(EdtfDate date) => date.IsApproximate || date.IsUncertain;

    private static CslDateParts PartsOf(EdtfDate date) => date.Precision switch
    {
        DatePrecision.Day => new CslDateParts(date.Year, date.Month, date.Day),
        DatePrecision.Month => new CslDateParts(date.Year, date.Month, null),
        _ => new CslDateParts(date.Year, null, null),
    };

    // EDTF 202X is the 2020s and 19XX the 1900s (EDTF level 1, unspecified digits).
    private static string LiteralFor(EdtfDate date) => date.Precision == DatePrecision.Decade
        ? $"{date.Year / 10 * 10}s"
        : $"{date.Year / 100 * 100}s";
}

/// <summary>One CSL date-parts array: a year, optionally a month, optionally a day.</summary>
public readonly record struct CslDateParts(int Year, int? Month, int? Day);
