using System.Collections.Concurrent;
using BriefBuilder.Composition.Bibliography;
using BriefBuilder.Composition.Tests.Bibliography.TestSources;
using BriefBuilder.Records;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>The test sets and their citeproc formatting, each run once per set, style and locale for all the oracle tests.</summary>
public sealed class OracleRuns
{
    public const string SampleWorkbook = "sample workbook";

    private static readonly Lazy<IReadOnlyList<Source>> SampleSources = new(ReadSample);

    private readonly ConcurrentDictionary<(string Set, CitationStyle Style, OracleLocale Locale), Lazy<CiteprocOracle>> _runs = new();

    public static IReadOnlyList<string> SetNames { get; } = ["source type coverage", "field combinations", SampleWorkbook];

    public static IReadOnlyList<Source> Sources(string set) => set switch
    {
        "source type coverage" => SourceTypeCoverage.All,
        "field combinations" => FieldCombinations.All,
        SampleWorkbook => SampleSources.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(set), set, null),
    };

    internal CiteprocOracle For(string set, CitationStyle style, OracleLocale? locale = null) =>
        _runs.GetOrAdd((set, style, locale ?? OracleLocale.English), key => new Lazy<CiteprocOracle>(() => CiteprocOracle.Format(Sources(key.Set), key.Style, key.Locale))).Value;

    private static IReadOnlyList<Source> ReadSample()
    {
        var result = WorkbookReader.Read(RepositoryPaths.SampleWorkbook);
        return result.Dossier?.Sources ?? throw new InvalidOperationException(
            $"The sample workbook {result.File} did not read: {string.Join("; ", result.Diagnostics.Take(5))}");
    }
}
