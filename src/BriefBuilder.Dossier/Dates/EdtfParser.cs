namespace BriefBuilder.Dates;

/// <summary>Parses a date cell's text as EDTF (ISO 8601-2:2019) levels 0 and 1: one date, or an interval of two.</summary>
internal static class EdtfParser
{
    private const string OpenEnd = "..";

    public static ParseResult<DateValue> Parse(string? text)
    {
        text ??= string.Empty;
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return Fail(EdtfMessages.Empty, 0);
        }

        // Sets of dates, one of [..] or all of {..}, are EDTF level 2.
        if (text[start] is '[' or '{')
        {
            return Fail(EdtfMessages.Level2("sets of dates"), start);
        }

        var slash = text.IndexOf('/', start, end - start);
        if (slash < 0)
        {
            return SingleDate(text, start, end);
        }

        var secondSlash = text.IndexOf('/', slash + 1, end - slash - 1);
        return secondSlash < 0 ? Interval(text, start, slash, end) : Fail(EdtfMessages.SecondSlash, secondSlash);
    }

    private static ParseResult<DateValue> SingleDate(string text, int start, int end)
    {
        if (text.AsSpan(start, end - start).StartsWith(OpenEnd, StringComparison.Ordinal))
        {
            return Fail(EdtfMessages.OpenAlone, start);
        }

        var date = EdtfDateReader.Read(text, start, end, allowTime: true);
        return date.Success ? ParseResult<DateValue>.Ok(DateValue.Of(date.Value!)) : Fail(date.Error!, date.Position);
    }

    private static ParseResult<DateValue> Interval(string text, int start, int slash, int end)
    {
        var first = IntervalBoundary.Read(text, start, slash);
        if (!first.Success)
        {
            return Fail(first.Error!, first.Position);
        }

        var last = IntervalBoundary.Read(text, slash + 1, end);
        if (!last.Success)
        {
            return Fail(last.Error!, last.Position);
        }

        var (from, to) = (first.Value, last.Value);
        if (from.Kind != IntervalEnd.Known && to.Kind != IntervalEnd.Known)
        {
            return Fail(EdtfMessages.NoKnownEnd, start);
        }

        // Ends of different precision overlap (2023-10/2023-10-05, 2023-10-31/2023-10): the interval is impossible
        // only when every day its end can mean comes before every day its start can mean.
        if (from.Date is { } startDate && to.Date is { } endDate && endDate.Latest < startDate.Earliest)
        {
            return Fail(EdtfMessages.EndsBeforeStart, slash + 1);
        }

        return ParseResult<DateValue>.Ok(DateValue.Between(from.Date, from.Kind, to.Date, to.Kind));
    }

    private static ParseResult<DateValue> Fail(string message, int position) => ParseResult<DateValue>.Fail(message, position);

    /// <summary>One end of an interval: a date, open (`..`) or unknown (empty), as EDTF level 1 extended intervals allow.</summary>
    private readonly record struct IntervalBoundary(EdtfDate? Date, IntervalEnd Kind)
    {
        public static ParseResult<IntervalBoundary> Read(string text, int start, int end)
        {
            if (start == end)
            {
                return ParseResult<IntervalBoundary>.Ok(new IntervalBoundary(null, IntervalEnd.Unknown));
            }

            if (text.AsSpan(start, end - start).StartsWith(OpenEnd, StringComparison.Ordinal))
            {
                return end - start == OpenEnd.Length
                    ? ParseResult<IntervalBoundary>.Ok(new IntervalBoundary(null, IntervalEnd.Open))
                    : ParseResult<IntervalBoundary>.Fail(EdtfMessages.Unexpected(text[start + 2], "nothing more after '..'"), start + 2);
            }

            // EDTF level 0 intervals join dates only: a time of day is excluded.
            var date = EdtfDateReader.Read(text, start, end, allowTime: false);
            return date.Success
                ? ParseResult<IntervalBoundary>.Ok(new IntervalBoundary(date.Value, IntervalEnd.Known))
                : ParseResult<IntervalBoundary>.Fail(date.Error!, date.Position);
        }
    }
}
