using BriefBuilder.Composition.Bibliography;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Records;
using Xunit.Abstractions;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>What every language's oracle test checks, for both styles and every test set: BriefBuilder's entries, their
/// italics and links, their order and their citations against pandoc's citeproc with the language's CSL locale, after
/// the divergences the language's test lists with their reasons.</summary>
public abstract class OracleSuite(OracleRuns runs, ITestOutputHelper output)
{
    public static TheoryData<CitationStyle, string> StylesAndSets()
    {
        var data = new TheoryData<CitationStyle, string>();
        foreach (var style in Enum.GetValues<CitationStyle>())
        {
            foreach (var set in OracleRuns.SetNames)
            {
                data.Add(style, set);
            }
        }

        return data;
    }

    internal abstract OracleLocale Locale { get; }

    internal abstract IReadOnlyList<Divergence> Divergences { get; }

    [Theory]
    [MemberData(nameof(StylesAndSets))]
    public void Entries_match_citeproc_except_where_a_divergence_says_why(CitationStyle style, string set)
    {
        var (oracle, ours) = Format(style, set);
        var mismatches = OracleComparison.Mismatches(oracle.Entries, ours, style, marked: false, Divergences);
        output.WriteLine($"{style}, {set}, {Locale.CslLocale}: {oracle.Entries.Count} entries compared with citeproc.");
        Assert.True(oracle.Entries.Count >= OracleRuns.Sources(set).Count - 60, "citeproc formatted too few entries for the comparison to mean much.");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} differ from citeproc:\n{string.Join('\n', mismatches.Take(20))}");
    }

    [Theory]
    [MemberData(nameof(StylesAndSets))]
    public void Italics_and_links_match_citeproc(CitationStyle style, string set)
    {
        var (oracle, ours) = Format(style, set);
        var mismatches = OracleComparison.Mismatches(oracle.Entries, ours, style, marked: true, Divergences);
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} differ from citeproc:\n{string.Join('\n', mismatches.Take(20))}");
    }

    [Theory]
    [MemberData(nameof(StylesAndSets))]
    public void Entries_are_in_citeproc_order_apart_from_those_sorted_differently_on_purpose(CitationStyle style, string set)
    {
        var (oracle, ours) = Format(style, set);
        var sources = OracleRuns.Sources(set).ToDictionary(s => s.Id);
        var theirs = oracle.Entries.Select(e => e.Id).Where(id => !SortsApart(sources[id])).ToList();
        var mine = ours.Entries.Select(e => e.Source.Id).Where(id => theirs.Contains(id)).ToList();
        Assert.Equal(theirs, mine);
    }

    [Theory]
    [MemberData(nameof(StylesAndSets))]
    public void Citations_match_citeproc(CitationStyle style, string set)
    {
        var (oracle, ours) = Format(style, set);
        var compared = ours.Entries.Where(e => !OracleComparisonTests.UnpublishedInterviews.AppliesTo(e.Source)).ToList();
        var mismatches = compared
            .Select(e => (e.Source, Expected: OracleText.Normalize(oracle.Citations[e.Source.Id]), Actual: OracleText.Normalize(e.Citation.PlainText)))
            .Where(c => c.Expected != c.Actual)
            .Select(c => $"{c.Source.Id}: expected {c.Expected} but got {c.Actual}")
            .ToList();
        output.WriteLine($"{style}, {set}, {Locale.CslLocale}: {compared.Count} citations compared with citeproc.");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} differ from citeproc:\n{string.Join('\n', mismatches.Take(20))}");
    }

    [Fact]
    public void Every_divergence_is_exercised_by_a_test_source()
    {
        var sources = OracleRuns.SetNames.SelectMany(OracleRuns.Sources).ToList();
        Assert.All(Divergences, d => Assert.True(sources.Any(s => Enum.GetValues<CitationStyle>().Any(style => d.AppliesTo(s, style))), d.Name));
    }

    /// <summary>True for a source whose place in citeproc's order is not compared (a documented sorting difference).</summary>
    internal virtual bool SortsApart(Source source) => false;

    private protected (OracleRecording Oracle, ReferenceList Ours) Format(CitationStyle style, string set) =>
        (runs.For(set, style, Locale), ReferenceList.Build(OracleRuns.Sources(set), style, BriefLanguage.Get(Locale.Language)));
}
