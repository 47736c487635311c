using System.Globalization;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Dates;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Dates;

/// <summary>Writes dates as a reader expects them in the brief's language, never more precise than the source:
/// "19–20 September 2023", "October 2023", "c. 2023", "2023?", "from 19 September 2023".</summary>
public sealed partial class DateLabels
{
    // Inside one date the words stay together on a line; a range may break around its dash.
    private const char NoBreakSpace = '\u00A0';
    private readonly DateWords _words;
    private readonly BriefLanguage _language;
    private readonly bool _displayDates;

    // Thousands of statements share a few thousand dates, and every page prints the as-of day: each label is written once.
    private readonly Dictionary<DateValue, string> _values = [];
    private readonly Dictionary<DateOnly, string> _days = [];
    private readonly Dictionary<string, string> _bound = new(StringComparer.Ordinal);

    /// <param name="language">The brief's language.</param>
    /// <param name="displayDates">Whether the workbook's Display Dates are in the brief's language and so may be printed;
    /// in another language the dates are written from the record's values instead.</param>
    public DateLabels(BriefLanguage language, bool displayDates = true)
    {
        _language = language;
        _words = language.Pack.Dates;
        _displayDates = displayDates;
    }

    /// <summary>A claim's or event's date label; the workbook's Display Date, when given in the brief's language, wins as written.</summary>
    public string Format(DateValue value, string? displayDate = null)
    {
        if (_displayDates && !string.IsNullOrWhiteSpace(displayDate))
        {
            return displayDate.Trim();
        }

        if (!_values.TryGetValue(value, out var label))
        {
            label = Written(value);
            _values.Add(value, label);
        }

        return label;
    }

    private string Written(DateValue value)
    {
        if (!value.IsInterval)
        {
            return Format(value.Start!);
        }

        return (value.StartKind, value.EndKind) switch
        {
            (IntervalEnd.Open, _) => Bounded(_words.UntilDay, _words.Until, value.End!),
            (_, IntervalEnd.Open) => Bounded(_words.FromDay, _words.From, value.Start!),
            (IntervalEnd.Unknown, _) => Range(_words.Unknown, Format(value.End!)),
            (_, IntervalEnd.Unknown) => Range(Format(value.Start!), _words.Unknown),
            _ => Closed(value.Start!, value.End!),
        };
    }

    /// <summary>A claim's date label: the workbook's Display Date as written, else its date, else "undated" and the
    /// window it falls in ("undated, between September 2023 and 15 April 2024").</summary>
    public string Of(Claim claim) => Label(claim, Window);

    /// <summary>A claim's date label for a table's narrow date column: as <see cref="Of"/>, but an undated statement's
    /// window as a range ("undated, September 2023 – 15 April 2024") rather than a phrase.</summary>
    public string InTable(Claim claim) => Bound(Label(claim, window => window is null ? string.Empty : Format(window)));

    // A month keeps its year in a narrow column, "early / December 2023" rather than "early December / 2023": the space
    // between a word and a year becomes a no-break space, which the layout breaks only when the two are wider than the line.
    private string Bound(string label)
    {
        if (!_bound.TryGetValue(label, out var bound))
        {
            bound = YearAfterWord().Replace(label, "$1\u00A0$2");
            _bound.Add(label, bound);
        }

        return bound;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(\p{L}\.?) (\d{4}\b)")]
    private static partial System.Text.RegularExpressions.Regex YearAfterWord();

    /// <summary>"undated", with the window an undated statement falls in when the record gives one.</summary>
    public string Undated(DateValue? window) => Undated(Window(window));

    private string Label(Claim claim, Func<DateValue?, string> window) => claim.Date is { } date
        ? Format(date, claim.DisplayDate)
        : !_displayDates || string.IsNullOrWhiteSpace(claim.DisplayDate) ? Undated(window(claim.Window)) : claim.DisplayDate.Trim();

    private string Undated(string window) => window.Length > 0
        ? TextPattern.Fill(_words.UndatedWithin, ("window", window))
        : _words.Undated;

    /// <summary>An undated statement's window in running text: "between September 2023 and 15 April 2024",
    /// "not before 1 October 2023", "not after 15 April 2024"; empty when there is none.</summary>
    public string Window(DateValue? window)
    {
        if (window is null)
        {
            return string.Empty;
        }

        if (!window.IsInterval)
        {
            return Format(window.Start!);
        }

        return (window.Start, window.End) switch
        {
            ({ } s, { } e) => TextPattern.Fill(_words.Between, ("start", InProse(s)), ("end", InProse(e))),
            ({ } s, null) => TextPattern.Fill(_words.NotBefore, ("date", InProse(s))),
            (null, { } e) => TextPattern.Fill(_words.NotAfter, ("date", InProse(e))),
            _ => string.Empty,
        };
    }

    /// <summary>One EDTF date with its qualifiers: "c. October 2023", "2023?".</summary>
    public string Format(EdtfDate date)
    {
        var label = Plain(date);
        if (date.IsApproximate)
        {
            label = Together(TextPattern.Fill(_words.Approximate, ("date", label)));
        }

        if (date.IsUncertain)
        {
            label = TextPattern.Fill(_words.Uncertain, ("date", label));
        }

        return label;
    }

    /// <summary>A known day: "19 September 2023".</summary>
    public string Day(DateOnly day)
    {
        if (!_days.TryGetValue(day, out var label))
        {
            label = Together(TextPattern.Fill(
                _words.Day,
                ("day", _words.DayNumber(day.Day)),
                ("month", _words.MonthsInDate[day.Month - 1]),
                ("year", Year4(day.Year))));
            _days.Add(day, label);
        }

        return label;
    }

    /// <summary>A month of a year: "September 2023".</summary>
    public string Month(int year, int month) => Together(TextPattern.Fill(
        _words.Month, ("month", _words.Months[month - 1]), ("year", Year4(year))));

    /// <summary>A month name alone, abbreviated, for chart axes: "Sep".</summary>
    public string ShortMonth(int month) => _words.MonthsShort[month - 1];

    /// <summary>A year: "2023", "2023 թ.".</summary>
    public string Year(int year) => Together(TextPattern.Fill(_words.Year, ("year", Year4(year))));

    /// <summary>Two labels as a span in running text: "29 September 2023 to 15 April 2024".</summary>
    public string Prose(string start, string end) =>
        start == end ? start : TextPattern.Fill(_words.RangeInProse, ("start", start), ("end", end));

    /// <summary>A span of known days, either end open: "1 January 2024 to 31 March 2024", "from 1 January 2024", "until 31 March 2024".</summary>
    public string Days(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        ({ } start, { } end) => Prose(Day(start), Day(end)),
        ({ } start, null) => TextPattern.Fill(_words.FromDay, ("date", Day(start))),
        (null, { } end) => TextPattern.Fill(_words.UntilDay, ("date", Day(end))),
        _ => string.Empty,
    };

    // "entre septembre 2023 et le 15 avril 2024": a day takes the language's article in a sentence.
    private string InProse(EdtfDate date) => date.Precision == DatePrecision.Day
        ? TextPattern.Fill(_words.OnDay, ("date", Format(date)))
        : Format(date);

    private string Plain(EdtfDate date) => date.Precision switch
    {
        DatePrecision.Day => Day(new DateOnly(date.Year, date.Month!.Value, date.Day!.Value)),
        DatePrecision.Month => Month(date.Year, date.Month!.Value),
        DatePrecision.Season => Season(date),
        DatePrecision.Year => Year(date.Year),
        DatePrecision.Decade => Together(TextPattern.Fill(_words.Decade, ("year", Year4(date.Earliest.Year)))),
        _ => Century(date.Earliest.Year / 100 + 1),
    };

    private string Season(EdtfDate date) => date.Season is { } season
        ? Together(TextPattern.Fill(_words.Season, ("season", _words.Seasons.Name(season)), ("year", Year4(date.Year))))
        : Year(date.Year);

    private string Century(int century) => Together(TextPattern.Fill(
        _words.Century,
        ("ordinal", _language.Ordinal(century)),
        ("roman", RomanNumeral.Of(century)),
        ("number", century.ToString(CultureInfo.InvariantCulture))));

    private string Closed(EdtfDate start, EdtfDate end)
    {
        var plain = start.Qualifiers == DateQualifiers.None && end.Qualifiers == DateQualifiers.None;
        if (plain && start.Precision == DatePrecision.Day && end.Precision == DatePrecision.Day && start.Year == end.Year)
        {
            if (start.Month == end.Month)
            {
                return start.Day == end.Day
                    ? Format(start)
                    : Together(TextPattern.Fill(
                        _words.DayRange,
                        ("day", _words.DayNumber(start.Day!.Value)),
                        ("end-day", _words.DayNumber(end.Day!.Value)),
                        ("month", _words.MonthsInDate[start.Month!.Value - 1]),
                        ("year", Year4(start.Year))));
            }

            var dayMonth = Together(TextPattern.Fill(
                _words.DayMonth, ("day", _words.DayNumber(start.Day!.Value)), ("month", _words.MonthsInDate[start.Month!.Value - 1])));
            return Range(dayMonth, Format(end));
        }

        if (plain && start.Precision == DatePrecision.Month && end.Precision == DatePrecision.Month && start.Year == end.Year)
        {
            return start.Month == end.Month ? Format(start) : Range(_words.Months[start.Month!.Value - 1], Format(end));
        }

        return Range(Format(start), Format(end));
    }

    private string Bounded(string dayPattern, string otherPattern, EdtfDate date) =>
        TextPattern.Fill(date.Precision == DatePrecision.Day ? dayPattern : otherPattern, ("date", Format(date)));

    private string Range(string start, string end) =>
        TextPattern.Fill(_words.Range, ("start", start), ("end", end));

    private static string Year4(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    private static string Together(string label) => label.Replace(' ', NoBreakSpace);
}
