namespace BriefBuilder.Robustness.Tests.NothingLost;

/// <summary>The listing the nothing-lost tests compare must see what a build could leave behind, a hidden temporary
/// file in a subfolder included.</summary>
public sealed class ListingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bb-listing-").FullName;

    [Fact]
    public void Hidden_files_and_subfolders_are_listed()
    {
        Directory.CreateDirectory(Path.Combine(_folder, ".cache"));
        File.WriteAllText(Path.Combine(_folder, ".cache", ".brief.pdf.tmp"), "x");
        File.WriteAllText(Path.Combine(_folder, "brief.pdf"), "x");
        File.SetAttributes(Path.Combine(_folder, "brief.pdf"), FileAttributes.Hidden);

        Assert.Equal([".cache", Path.Combine(".cache", ".brief.pdf.tmp"), "brief.pdf"], FileState.Listing(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
