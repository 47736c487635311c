namespace BriefBuilder.Robustness.Tests.Corpus;

/// <summary>One expected outcome from tests/corpus/expected.tsv (generate.py writes it and says what each column means).</summary>
public sealed record CorpusEntry(string File, string Command, IReadOnlyList<string> Args, int Exit, string? Code, string? Where, string? Message)
{
    /// <summary>The corpus as copied beside the tests.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "corpus");

    public string FullPath => Path.Combine(Folder, File);

    public static IReadOnlyList<CorpusEntry> All { get; } = [.. Read()];

    public override string ToString() => $"{File} {Command}{(Args.Count > 0 ? " " + string.Join(' ', Args) : string.Empty)}";

    private static IEnumerable<CorpusEntry> Read()
    {
        foreach (var line in System.IO.File.ReadLines(Path.Combine(Folder, "expected.tsv")).Skip(2))
        {
            var f = line.Split('\t');
            yield return new CorpusEntry(
                f[0],
                f[1],
                f[2] == "-" ? [] : f[2].Split(' '),
                int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture),
                Dash(f[4]),
                Dash(f[5]),
                Dash(f[6]));
        }
    }

    private static string? Dash(string field) => field == "-" ? null : field;
}
