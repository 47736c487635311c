using BriefBuilder.Composition.Bibliography;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>The committed recordings of citeproc's output: one file per test set, style and locale, read only when made
/// from the inputs the code under test feeds today.</summary>
internal static class OracleRecordings
{
    /// <summary>The one command that re-records them all, from the repository's root.</summary>
    public const string Script = "tests/BriefBuilder.Composition.Tests/Bibliography/Oracle/record-oracle.sh";

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "BriefBuilder.Composition.Tests", "Bibliography", "Oracle", "Recordings");

    /// <summary>Every test set, style and locale the oracle tests compare, each with a recording.</summary>
    public static IEnumerable<(string Set, CitationStyle Style, OracleLocale Locale)> All =>
        from set in OracleRuns.SetNames
        from locale in OracleLocale.All
        from style in Enum.GetValues<CitationStyle>()
        select (set, style, locale);

    /// <summary>"apa.fr-FR.field-combinations.json".</summary>
    public static string FileName(string set, CitationStyle style, OracleLocale locale) =>
        $"{Path.GetFileNameWithoutExtension(CslStyleFiles.Name(style))}.{locale.CslLocale}.{set.Replace(' ', '-')}.json";

    public static string PathOf(string set, CitationStyle style, OracleLocale locale) => Path.Combine(Folder, FileName(set, style, locale));

    /// <summary>The recording, or an exception saying to re-record when it is missing or was made from other inputs.</summary>
    public static OracleRecording Load(string set, CitationStyle style, OracleLocale locale)
    {
        var path = PathOf(set, style, locale);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"No recording of citeproc's output in {path}: run {Script} to re-record.");
        }

        var recording = OracleRecording.Read(path);
        return Staleness(recording, OracleInput.For(OracleRuns.Sources(set), locale)) is { } stale
            ? throw new InvalidOperationException($"{FileName(set, style, locale)}: {stale}")
            : recording;
    }

    /// <summary>Why the recording no longer tells what citeproc prints for the input, or null when it was made from it.</summary>
    public static string? Staleness(OracleRecording recording, OracleInput input)
    {
        var changed = new List<string>();
        if (recording.MadeFrom.ItemsSha256 != input.ItemsSha256)
        {
            changed.Add($"the CSL-JSON items (recorded from {recording.MadeFrom.ItemsSha256}, fed today {input.ItemsSha256})");
        }

        if (recording.MadeFrom.DocumentSha256 != input.DocumentSha256)
        {
            changed.Add($"the markdown document (recorded from {recording.MadeFrom.DocumentSha256}, fed today {input.DocumentSha256})");
        }

        return changed.Count == 0
            ? null
            : $"citeproc's output was recorded from other inputs than the tests feed today: {string.Join("; ", changed)}. Run {Script} to re-record.";
    }
}
