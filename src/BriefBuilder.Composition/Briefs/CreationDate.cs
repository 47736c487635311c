using BriefBuilder.Composition.Sections;

namespace BriefBuilder.Composition.Briefs;

/// <summary>The date a brief's file says it was made, from its inputs and never from the clock: the as-of date asked
/// for, else SOURCE_DATE_EPOCH (the reproducible-builds convention pandoc, LaTeX and Typst honour), else the newest date
/// in the data selected. Metadata, the XMP and an archival snapshot's embedded files all carry it.</summary>
internal static class CreationDate
{
    public static DateTimeOffset Of(BriefContext context)
    {
        var options = context.Inputs.Options;
        if (options.AsOf is { } asOf)
        {
            return Midnight(asOf);
        }

        if (options.SourceDate is { } sourceDate)
        {
            return sourceDate.ToUniversalTime();
        }

        return context.Selection.AsOf is { } newest ? Midnight(newest) : DateTimeOffset.UnixEpoch;
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
