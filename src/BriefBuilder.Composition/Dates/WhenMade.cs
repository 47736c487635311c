using BriefBuilder.Dates;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Dates;

/// <summary>The days a statement can have been made on, as far as the record says: from its own date (else its undated
/// window) and never after the earliest publication of a source that reports it. Open ends stay open
/// (<see cref="DateOnly.MinValue"/>, <see cref="DateOnly.MaxValue"/>).</summary>
/// <param name="IsDated">Whether the record dates the statement itself; an undated statement is never placed in a month.</param>
public sealed record WhenMade(DateOnly Earliest, DateOnly Latest, bool IsDated)
{
    /// <summary>The span of a claim; sources are looked up in the dossier, and undated or unknown sources bound nothing.</summary>
    public static WhenMade Of(Claim claim, Dossier dossier)
    {
        var own = claim.Date ?? claim.Window;
        var earliest = own?.Earliest ?? DateOnly.MinValue;
        var latest = own?.Latest ?? DateOnly.MaxValue;
        foreach (var id in claim.SourceIds)
        {
            // A statement a source reports was made by the time the source was published.
            if (dossier.FindSource(id)?.Date is { } published && published.Latest < latest && published.Latest >= earliest)
            {
                latest = published.Latest;
            }
        }

        return new WhenMade(earliest, latest, claim.IsDated);
    }

    /// <summary>True when the statement was certainly made on or before the day.</summary>
    public bool CertainlyBy(DateOnly day) => Latest <= day;

    /// <summary>True when the statement may have been made on some day of the span.</summary>
    public bool MayFallIn(DateOnly first, DateOnly last) => Earliest <= last && Latest >= first;

    /// <summary>The one month the statement certainly falls in, or null when its span crosses a month or it is undated.</summary>
    public (int Year, int Month)? Month =>
        IsDated && Earliest.Year == Latest.Year && Earliest.Month == Latest.Month && Earliest != DateOnly.MinValue
            ? (Earliest.Year, Earliest.Month)
            : null;

    /// <summary>The one year the statement certainly falls in, or null when its span crosses a year or it is undated.</summary>
    public int? Year => IsDated && Earliest.Year == Latest.Year && Earliest != DateOnly.MinValue ? Earliest.Year : null;
}
