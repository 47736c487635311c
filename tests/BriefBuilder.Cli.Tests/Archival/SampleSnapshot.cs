namespace BriefBuilder.Cli.Tests.Archival;

/// <summary>The sample dossier's archival snapshot, built once by the command line for a test class, in a folder of its own.</summary>
public sealed class SampleSnapshot : IDisposable
{
    private readonly CommandLine _cli = new();

    public SampleSnapshot()
    {
        Workbook = _cli.File("artsakh-exodus-2023.xlsx");
        File.Copy(SampleVersions.Sample, Workbook);
        var outcome = _cli.Run("build", Workbook, "-t", "archival-snapshot", "--out", _cli.File("out"));
        Assert.True(outcome.Code == ExitCode.Ok, outcome.Output + outcome.Error);
        Path = _cli.File("out/archival-snapshot.pdf");
        Bytes = File.ReadAllBytes(Path);
    }

    /// <summary>The copy of the sample workbook the snapshot was built from.</summary>
    public string Workbook { get; }

    public string Path { get; }

    public byte[] Bytes { get; }

    public void Dispose() => _cli.Dispose();
}
