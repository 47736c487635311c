using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Diagnostics;
using BriefBuilder.Records;
using CsCheck;

namespace BriefBuilder.Composition.Tests.Filtering;

public class StatementFitTests
{
    [Fact]
    public void Quotas_keep_as_many_as_asked_none_beyond_a_stance_s_count_and_one_of_each_stance_while_there_is_room()
    {
        Gen.Select(Gen.Int[0, 40].Array[1, 5], Gen.Int[0, 120]).Sample((counts, most) =>
        {
            var quotas = StatementFit.Quotas(counts, most);

            Assert.Equal(Math.Min(most, counts.Sum()), quotas.Sum());
            Assert.All(quotas.Zip(counts), q => Assert.InRange(q.First, 0, q.Second));
            if (most >= counts.Count(c => c > 0))
            {
                Assert.All(quotas.Zip(counts).Where(q => q.Second > 0), q => Assert.True(q.First >= 1));
            }
        });
    }

    [Fact]
    public void Quotas_follow_each_stance_s_share_of_the_whole()
    {
        Gen.Select(Gen.Int[1, 60].Array[2, 4], Gen.Int[4, 60]).Sample((counts, most) =>
        {
            var quotas = StatementFit.Quotas(counts, most);
            var total = counts.Sum();
            var kept = quotas.Sum();

            // One each first, the rest by share: no stance is more than one statement and the one it is given off its share.
            Assert.All(quotas.Zip(counts), q => Assert.InRange(q.First, Math.Floor((double)q.Second * kept / total) - 2, Math.Ceiling((double)q.Second * kept / total) + 2));
        });
    }

    [Fact]
    public void A_fitted_selection_keeps_key_statements_then_the_most_recent_and_only_their_sources()
    {
        var builder = new DossierBuilder().Stance("a", "A").Stance("b", "B").Institution("I01", "One");
        for (var day = 1; day <= 9; day++)
        {
            builder.Source($"S{day}").Claim($"A{day}", Edtf.On(2023, 10, day), "a", "I01", sources: [$"S{day}"], isKey: day == 2);
        }

        builder.Source("S10").Claim("B1", null, "b", "I01", sources: ["S10"]).Claim("B2", Edtf.On(2023, 9, 1), "b", "I01", sources: ["S10"]);
        var selection = Selector.Select(builder.Build(), TestBriefs.Template(new TimelineSpec()), BriefOptions.None, new DiagnosticBag());

        var fitted = StatementFit.Keep(selection, 4, new HashSet<string>());

        // Stance a has 9 of 11 statements, b 2: after one each, a gets 2 of the other 2 by share.
        Assert.Equal(["A2", "A8", "A9", "B2"], fitted.Claims.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["S2", "S8", "S9", "S10"], fitted.Sources.Select(s => s.Id));
        Assert.True(fitted.IsFitted);
        Assert.Equal(11, fitted.Chosen.Count);
    }

    [Fact]
    public void Statements_another_section_prints_stay_whatever_the_quota()
    {
        var builder = new DossierBuilder().Stance("a", "A").Institution("I01", "One");
        for (var day = 1; day <= 5; day++)
        {
            builder.Claim($"A{day}", Edtf.On(2023, 10, day), "a", "I01");
        }

        var selection = Selector.Select(builder.Build(), TestBriefs.Template(new TimelineSpec()), BriefOptions.None, new DiagnosticBag());

        var printed = new HashSet<string> { "A1", "A3" };

        // They count towards the quota, and the rest of it goes to the most recent; past it, they stay all the same.
        Assert.Equal(["A1", "A3", "A5"], StatementFit.Keep(selection, 3, printed).Claims.Select(c => c.Id));
        Assert.Equal(["A1", "A3"], StatementFit.Keep(selection, 1, printed).Claims.Select(c => c.Id));
    }
}
