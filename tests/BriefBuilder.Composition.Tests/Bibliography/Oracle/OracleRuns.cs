using System.Collections.Concurrent;
using BriefBuilder.Composition.Bibliography;
using BriefBuilder.Composition.Tests.Bibliography.TestSources;
using BriefBuilder.Records;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>The test sets and citeproc's recorded formatting of them, each read once per set, style and locale for all the oracle tests.</summary>
public sealed class OracleRuns
{
    public const string SampleWorkbook = "sample workbook";

    private static readonly Lazy<IReadOnlyList<Source>> SampleSources = new(ReadSample);

    private readonly ConcurrentDictionary<(string Set, CitationStyle Style, OracleLocale Locale), Lazy<OracleRecording>> _runs = new();

    public static IReadOnlyList<string> SetNames { get; } = ["source type coverage", "field combinations", SampleWorkbook];

    public static IReadOnlyList<Source> Sources(string set) => set switch
    {
        "source type coverage" => SourceTypeCoverage.All,
        "field combinations" => FieldCombinations.All,
        SampleWorkbook => SampleSources.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(set), set, null),
    };

    internal OracleRecording For(string set, CitationStyle style, OracleLocale locale) =>
        _runs.GetOrAdd((set, style, locale), key => new Lazy<OracleRecording>(() => OracleRecordings.Load(key.Set, key.Style, key.Locale))).Value;

    private static IReadOnlyList<Source> ReadSample()
    {
        var result = WorkbookReader.Read(RepositoryPaths.SampleWorkbook);
        return result.Dossier?.Sources ?? throw new InvalidOperationException(
            $"The sample workbook {result.File} did not read: {string.Join("; ", result.Diagnostics.Take(5))}");
    }
}
