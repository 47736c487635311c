using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Bibliography.Entries;
using BriefBuilder.Composition.Dates;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Dates;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Bibliography.Text;

/// <summary>
/// What a CSL locale is to a style, for the brief's language: the fixed words, how dates are written, the quotation
/// marks and where a period goes beside them. The words come from the language file; the formatters hold none.
/// </summary>
internal sealed class BibliographyLocale
{
    private readonly BriefLanguage _language;
    private readonly DateWords _dates;

    public BibliographyLocale(BriefLanguage language)
    {
        _language = language;
        _dates = language.Pack.Dates;
        Words = language.Pack.Bibliography;
        Quotes = new QuotationMarks(language.Pack.QuoteOpen, language.Pack.QuoteClose, language.Pack.InnerQuoteOpen, language.Pack.InnerQuoteClose);
    }

    public BibliographyWords Words { get; }

    public QuotationMarks Quotes { get; }

    /// <summary>
    /// The language an item is in: its own, or else the brief's. CSL presumes an item without a language to be in
    /// the locale's, so only an English brief title-cases such items (CSL 1.0.2, "Text-case").
    /// </summary>
    public string LanguageOf(CslItem item) => item.Language ?? _language.Code;

    /// <summary>A month as it stands alone or before a year ("October", "հոկտեմբեր").</summary>
    public string Month(int month) => _dates.Months[month - 1];

    /// <summary>A month as it stands beside a day (the genitive in Armenian: "հոկտեմբերի 5").</summary>
    public string MonthBesideDay(int month) => _dates.MonthsInDate[month - 1];

    public string Day(int day) => _dates.DayNumber(day);

    public string Season(Season season) => _dates.Seasons.Name(season);

    /// <summary>What CSL-JSON carries as a literal date for a year known only to the decade or the century ("1990s", "années 1990").</summary>
    public string DecadeOrCentury(EdtfDate date)
    {
        // EDTF 202X is the 2020s and 19XX the 1900s (EDTF level 1, unspecified digits).
        if (date.Precision == DatePrecision.Decade)
        {
            return TextPattern.Fill(Words.Decade, ("year", Year(date.Year / 10 * 10)));
        }

        var century = (date.Year / 100) + 1;
        return TextPattern.Fill(
            Words.Century,
            ("year", Year(date.Year / 100 * 100)),
            ("roman", RomanNumeral.Of(century)),
            ("ordinal", _language.Ordinal(century)));
    }

    /// <summary>The genre a style prints for a source type, or null for the types that have none.</summary>
    public string? Genre(SourceType type) => type switch
    {
        SourceType.Statement => Words.Genres.Statement,
        SourceType.PressBriefing => Words.Genres.PressBriefing,
        SourceType.Resolution => Words.Genres.Resolution,
        _ => null,
    };

    /// <summary>A phrase around a date, worded for how precisely the date is known.</summary>
    public string Dated(DatedPhrase phrase, CslDateParts date, string text) => TextPattern.Fill(
        date.Day is not null ? phrase.Day : date.Month is not null ? phrase.Month : phrase.Year,
        ("date", text));

    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
