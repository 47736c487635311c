using BriefBuilder.Composition.Bibliography;
using System.Collections.Concurrent;
using BriefBuilder.Composition.Tests.Bibliography.TestSources;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>The test sets and their citeproc formatting, run once per set and style for all the oracle tests.</summary>
public sealed class OracleRuns
{
    private readonly ConcurrentDictionary<(string Set, CitationStyle Style), Lazy<CiteprocOracle>> _runs = new();

    public static IReadOnlyDictionary<string, IReadOnlyList<Source>> Sets { get; } = new Dictionary<string, IReadOnlyList<Source>>
    {
        ["source type coverage"] = SourceTypeCoverage.All,
        ["field combinations"] = FieldCombinations.All,
    };

    internal CiteprocOracle For(string set, CitationStyle style) =>
        _runs.GetOrAdd((set, style), key => new Lazy<CiteprocOracle>(() => CiteprocOracle.Format(Sets[key.Set], key.Style))).Value;
}
