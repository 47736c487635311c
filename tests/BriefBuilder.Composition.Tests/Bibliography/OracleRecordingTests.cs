using BriefBuilder.Composition.Bibliography;
using BriefBuilder.Composition.Tests.Bibliography.Oracle;

namespace BriefBuilder.Composition.Tests.Bibliography;

/// <summary>
/// The committed recordings of citeproc's output were made from what the oracle tests feed today: the same CSL-JSON
/// items and markdown document, byte for byte, for every test set, style and locale, and no recording is left over.
/// </summary>
public sealed class OracleRecordingTests
{
    public static TheoryData<string, CitationStyle, string> Recordings()
    {
        var data = new TheoryData<string, CitationStyle, string>();
        foreach (var (set, style, locale) in OracleRecordings.All)
        {
            data.Add(set, style, locale.CslLocale);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Recordings))]
    public void Each_recording_was_made_from_the_inputs_the_tests_feed_today(string set, CitationStyle style, string cslLocale)
    {
        var locale = OracleLocale.All.Single(l => l.CslLocale == cslLocale);
        var path = OracleRecordings.PathOf(set, style, locale);
        Assert.True(File.Exists(path), $"{path} is missing: run {OracleRecordings.Script} to re-record.");

        var recording = OracleRecording.Read(path);

        Assert.Equal((set, CslStyleFiles.Name(style), cslLocale), (recording.Set, recording.Style, recording.Locale));
        var stale = OracleRecordings.Staleness(recording, OracleInput.For(OracleRuns.Sources(set), locale));
        Assert.True(stale is null, $"{Path.GetFileName(path)}: {stale}");
    }

    [Fact]
    public void Every_recording_belongs_to_a_test_set_style_and_locale_the_tests_compare()
    {
        var expected = OracleRecordings.All.Select(c => OracleRecordings.FileName(c.Set, c.Style, c.Locale)).Order(StringComparer.Ordinal);

        var present = Directory.GetFiles(OracleRecordings.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(expected, present);
    }
}
