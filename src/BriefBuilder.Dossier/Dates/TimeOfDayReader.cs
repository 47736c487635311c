namespace BriefBuilder.Dates;

/// <summary>Reads the time of day EDTF level 0 allows after a full date: `Thh:mm:ss`, then nothing, `Z`, `±hh` or `±hh:mm`.</summary>
/// <remarks>The dossier model counts in days, so the time is checked and then set aside: the date keeps day precision.</remarks>
internal static class TimeOfDayReader
{
    /// <summary>Moves past the time at the cursor (which is on the 'T'); returns null, or a message with the cursor at the fault.</summary>
    public static string? Skip(TextCursor cursor)
    {
        cursor.Advance();
        if (!cursor.TakeNumber(0, 23))
        {
            return "expected the hour, 00 to 23 (a time is written hh:mm:ss)";
        }

        if (!cursor.Skip(':') || !cursor.TakeNumber(0, 59))
        {
            return "expected ':' and the minutes, 00 to 59 (a time is written hh:mm:ss)";
        }

        if (!cursor.Skip(':') || !cursor.TakeNumber(0, 59))
        {
            return "expected ':' and the seconds, 00 to 59 (a time is written hh:mm:ss)";
        }

        if (cursor.Skip('Z') || !(cursor.Skip('+') || cursor.Skip('-')))
        {
            return null;
        }

        if (!cursor.TakeNumber(0, 23))
        {
            return "expected the time zone's hours, 00 to 23 (an offset is written +hh or +hh:mm)";
        }

        return cursor.Skip(':') && !cursor.TakeNumber(0, 59)
            ? "expected the time zone's minutes, 00 to 59 (an offset is written +hh or +hh:mm)"
            : null;
    }
}
