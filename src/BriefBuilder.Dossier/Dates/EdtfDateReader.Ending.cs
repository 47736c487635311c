namespace BriefBuilder.Dates;

/// <summary>The end of a date: an optional time of day, at most one qualifier, then nothing more.</summary>
internal sealed partial class EdtfDateReader
{
    /// <summary>Reads what may follow the last part: a time of day, one qualifier, then the end.</summary>
    private ParseResult<EdtfDate> Finish(Parts parts, string expected)
    {
        var hasTime = cursor.Peek() == 'T';
        if (hasTime)
        {
            if (parts.Day is null)
            {
                return Fail(EdtfMessages.TimeNeedsDay);
            }

            if (!allowTime)
            {
                return Fail(EdtfMessages.TimeInInterval);
            }

            if (TimeOfDayReader.Skip(cursor) is { } timeError)
            {
                return Fail(timeError);
            }

            expected = "the end of the date";
        }

        var qualifiers = ReadQualifier();
        if (qualifiers != DateQualifiers.None)
        {
            if (hasTime)
            {
                return Fail(EdtfMessages.QualifiedTime, cursor.Position - 1);
            }

            if (cursor.Peek() == '-')
            {
                return Fail(EdtfMessages.QualifiedPart, cursor.Position - 1);
            }

            if (IsQualifier(cursor.Peek()))
            {
                return Fail(EdtfMessages.OneQualifier);
            }

            expected = "the end of the date";
        }

        if (!cursor.AtEnd)
        {
            return cursor.Peek() == 'Z' && !hasTime
                ? Fail(EdtfMessages.ZoneWithoutTime)
                : Fail(EdtfMessages.Unexpected(cursor.Peek(), expected));
        }

        return ParseResult<EdtfDate>.Ok(new EdtfDate(parts.Year, parts.Month, parts.Day, parts.Season, parts.Precision, qualifiers, parts.Unspecified));
    }

    private DateQualifiers ReadQualifier()
    {
        var qualifiers = cursor.Peek() switch
        {
            '?' => DateQualifiers.Uncertain,
            '~' => DateQualifiers.Approximate,
            '%' => DateQualifiers.Uncertain | DateQualifiers.Approximate,
            _ => DateQualifiers.None,
        };
        if (qualifiers != DateQualifiers.None)
        {
            cursor.Advance();
        }

        return qualifiers;
    }

    /// <summary>The parts of a date read so far.</summary>
    private readonly record struct Parts(int Year, DatePrecision Precision)
    {
        public int? Month { get; init; }

        public int? Day { get; init; }

        public Season? Season { get; init; }

        public UnspecifiedParts Unspecified { get; init; }
    }
}
