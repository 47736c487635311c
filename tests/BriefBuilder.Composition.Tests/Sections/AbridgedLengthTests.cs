using System.Diagnostics;
using BriefBuilder.Composition.Sections;

namespace BriefBuilder.Composition.Tests.Sections;

public class AbridgedLengthTests
{
    [Fact]
    public void The_longest_fitting_run_of_words_is_found_among_a_hundred_thousand_words_at_once()
    {
        var title = string.Join(' ', Enumerable.Range(1, 100_000).Select(i => $"word{i}"));
        var tries = 0;

        var clock = Stopwatch.StartNew();
        var cut = Abridged.WholeWords(title, text =>
        {
            tries++;
            return text.Length <= 40;
        });
        clock.Stop();

        Assert.Equal("word1 word2 word3 word4 word5 word6…", cut);
        Assert.True(tries < 40, $"{tries} tries");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void A_ten_megabyte_text_is_abridged_in_seconds()
    {
        var summary = string.Concat(Enumerable.Repeat("The minister said many things about the canal. ", 220_000));

        var clock = Stopwatch.StartNew();
        var abridged = Abridged.Text(summary, 60);
        clock.Stop();

        Assert.Equal("The minister said many things about the canal. The minister…", abridged);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalSeconds:F1} s");
    }
}
