using BriefBuilder.Composition.Bibliography.Text;
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
    /// An interval with an open or unknown end keeps only its start: CSL has no open range. A decade or a century
    /// becomes a literal in the locale's words ("1990s", "années 1990").
    /// </summary>
    internal static CslDate? From(DateValue? value, BibliographyLocale locale)
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
            return new CslDate([], null, start.IsApproximate || start.IsUncertain, locale.DecadeOrCentury(start));
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
}

/// <summary>One CSL date-parts array: a year, optionally a month, optionally a day.</summary>
public readonly record struct CslDateParts(int Year, int? Month, int? Day);
