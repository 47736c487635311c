using System.Diagnostics;
using BriefBuilder.Validation.Names;
using CsCheck;

namespace BriefBuilder.Tests.Validation.Names;

public sealed class NearNamesTests
{
    // Names from few letters, so that many are a letter or two apart.
    private static readonly Gen<string> Key = Gen.String[Gen.Char["abc "], 1, 24];

    [Fact]
    public void Each_key_is_matched_to_the_first_earlier_key_a_pairwise_search_finds()
    {
        Gen.Select(Key.List[1, 60], Gen.Int[0, 2]).Sample((keys, edits) =>
        {
            var names = new NearNames();
            for (var i = 0; i < keys.Count; i++)
            {
                var expected = Enumerable.Range(0, i).FirstOrDefault(j => EditDistance.Within(keys[j], keys[i], edits) <= edits, -1);
                if (names.Add(keys[i], edits) != expected)
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Fact]
    public void A_hundred_thousand_different_names_are_compared_without_comparing_every_pair()
    {
        var random = new Random(42);
        var keys = Enumerable.Range(0, 100_000).Select(_ => new string([.. Enumerable.Range(0, 16 + random.Next(8)).Select(_ => (char)('a' + random.Next(26)))])).ToList();
        // A budget of 30 million steps, where comparing every pair would take five billion comparisons.
        var names = new NearNames(budget: 30_000_000);
        var clock = Stopwatch.StartNew();
        var matches = keys.Count(key => names.Add(key, 2) >= 0);
        clock.Stop();

        Assert.Equal(0, matches);
        Assert.False(names.Exhausted);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"took {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void Names_too_alike_to_compare_in_time_stop_at_the_budget_with_the_matches_found_so_far()
    {
        var names = new NearNames(budget: 1_000_000);
        var clock = Stopwatch.StartNew();
        var matches = Enumerable.Range(0, 100_000).Count(i => names.Add($"person number {i:D6} of the dossier", 2) >= 0);
        clock.Stop();

        Assert.True(names.Exhausted);
        Assert.True(matches > 0);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed.TotalSeconds:F1} s");
    }

}
