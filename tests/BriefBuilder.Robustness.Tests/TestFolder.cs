namespace BriefBuilder.Robustness.Tests;

/// <summary>A folder of one test's own, with copies of corpus inputs in it, deleted afterwards.</summary>
public abstract class TestFolder : IDisposable
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory("briefbuilder-robustness-").FullName;

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A copy of a corpus workbook in the folder, under <paramref name="name"/>.</summary>
    protected string CorpusWorkbook(string corpusName, string name)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "corpus", "workbooks", corpusName), path);
        return path;
    }
}
