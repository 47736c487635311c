namespace BriefBuilder.Robustness.Tests.NothingLost;

/// <summary>What a file is at one moment: its bytes and its modification time, to the tick.</summary>
internal sealed record FileState(byte[] Bytes, DateTime Modified)
{
    public static FileState Of(string path) => new(File.ReadAllBytes(path), File.GetLastWriteTimeUtc(path));

    public void AssertUnchanged(string path, string after)
    {
        var now = Of(path);
        Assert.True(Bytes.AsSpan().SequenceEqual(now.Bytes), $"{path} changed its bytes after {after}");
        Assert.True(Modified == now.Modified, $"{path} changed its modification time after {after}");
    }

    /// <summary>Every file and folder under <paramref name="folder"/>, relative to it, hidden ones included (the
    /// search-option overload passes over no attributes, where the default options leave hidden files out).</summary>
    public static IReadOnlyList<string> Listing(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
}
