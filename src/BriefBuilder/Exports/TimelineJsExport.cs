using System.Globalization;
using BriefBuilder.Dates;
using BriefBuilder.Records;

namespace BriefBuilder.Cli.Exports;

/// <summary>The dossier as TimelineJS's spreadsheet (its Google Sheets template, saved as CSV): a slide per dated
/// statement and per event, partial dates split into Year, Month and Day, the record's own date as Display Date, the stance
/// as Group and the sources as Media Credit. Undated statements have no place on a timeline and are left out.</summary>
public static class TimelineJsExport
{
    /// <summary>TimelineJS's column headers, exactly as its template names them.</summary>
    public static readonly IReadOnlyList<string> Header =
        ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background"];

    public static void Write(Dossier dossier, Stream stream)
    {
        var rows = dossier.Claims.Where(c => c.Date is not null).Select(claim => Row(
            claim.Date!,
            claim.DisplayDate,
            Speakers(dossier, claim),
            claim.Summary,
            claim.Citations.Select(c => dossier.FindSource(c.SourceId)).OfType<Source>().ToList(),
            dossier.FindStance(claim.StanceKey)?.Label ?? claim.StanceKey));
        var events = dossier.Events.Select(item => Row(
            item.Date, null, item.Title, item.Description ?? string.Empty,
            item.Citations.Select(c => dossier.FindSource(c.SourceId)).OfType<Source>().ToList(), "Events"));
        CsvExport.Write(stream, Header, rows.Concat(events));
    }

    private static string[] Row(DateValue date, string? display, string headline, string text, IReadOnlyList<Source> sources, string group)
    {
        var (start, end) = (date.Start, date.IsInterval ? date.End : null);
        return
        [
            Part(start?.Year), Part(start?.Month), Part(start?.Day), string.Empty,
            Part(end?.Year), Part(end?.Month), Part(end?.Day), string.Empty,
            display ?? date.ToString(), headline, text,
            sources.Select(s => s.Url).FirstOrDefault(u => !string.IsNullOrEmpty(u)) ?? string.Empty,
            string.Join("; ", sources.Select(Credit)), string.Empty, string.Empty, string.Empty, group, string.Empty,
        ];
    }

    private static string Part(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Credit(Source source)
    {
        var by = source.Authors.Count > 0 ? string.Join(", ", source.Authors) : source.Publisher ?? source.Container;
        return string.Join(", ", new[] { by, source.PlainTitle }.Where(part => !string.IsNullOrWhiteSpace(part)));
    }

    private static string Speakers(Dossier dossier, Claim claim)
    {
        var names = claim.SpeakerIds.Select(id => dossier.FindPerson(id)?.Name ?? id).ToList();
        return names.Count > 0 ? string.Join(", ", names)
            : claim.InstitutionId is { } id ? dossier.FindInstitution(id)?.Name ?? id
            : string.Empty;
    }
}
