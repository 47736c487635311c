using System.Diagnostics;

namespace BriefBuilder.Robustness.Tests.Corpus;

/// <summary>Every input in tests/corpus ends as expected.tsv says: the exit code, and the diagnostic with its code,
/// place and words; quickly, and without an exception.</summary>
public sealed class CorpusTests : IDisposable
{
    // Each entry is refused or built in well under this on the project's machine; the margin is for a slow CI host.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    private readonly string _out = Path.Combine(Path.GetTempPath(), "briefbuilder-corpus-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Entries()
    {
        var data = new TheoryData<string>();
        foreach (var entry in CorpusEntry.All)
        {
            data.Add(entry.ToString());
        }

        return data;
    }

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Each_input_ends_in_the_outcome_it_must_produce(string name)
    {
        var entry = CorpusEntry.All.Single(e => e.ToString() == name);
        var clock = Stopwatch.StartNew();
        var (exit, diagnostics) = CorpusRun.Run(entry, _out);
        clock.Stop();

        var printed = string.Join('\n', diagnostics.Select(d => $"{d.Code} {d}"));
        Assert.True(exit == entry.Exit, $"exit {exit}, expected {entry.Exit}:\n{printed}");
        if (entry.Code is { } code)
        {
            Assert.Contains(diagnostics, d => d.Code.Id == code
                && (entry.Where is null || d.Location.ToString().EndsWith(entry.Where, StringComparison.Ordinal))
                && (entry.Message is null || d.Message.Contains(entry.Message, StringComparison.Ordinal)));
        }
        else
        {
            Assert.DoesNotContain(diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        }

        Assert.True(clock.Elapsed < Budget, $"took {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void Every_file_in_the_corpus_has_an_expected_outcome()
    {
        var listed = CorpusEntry.All.Select(e => e.File).ToHashSet();
        var files = Directory.EnumerateFiles(CorpusEntry.Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(CorpusEntry.Folder, f).Replace('\\', '/'))
            .Where(f => f.EndsWith(".xlsx", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Contains(f, listed));
    }
}
