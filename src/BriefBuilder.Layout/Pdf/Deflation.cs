using System.IO.Compression;

namespace BriefBuilder.Layout.Pdf;

/// <summary>How every stream of the file is deflated (zlib, level 5); safe on any thread, each with its own buffer.</summary>
internal static class Deflation
{
    // The 10,000-claim archival snapshot at each level (bytes): 6 (the runtime's "optimal") 24,721,490; 5 24,795,362;
    // 4 25,476,506; 3 26,055,762; 1 35,142,686. Deflating is most of the page writer's thread, which paces the painted
    // pass: level 5 took the build 0.95x the wall and CPU time of level 6 (9 interleaved pairs) for 0.3% more bytes.
    private const int Level = 5;

    /// <summary>Deflates <paramref name="data"/> into <paramref name="into"/> (emptied first); returns what it holds.</summary>
    public static ReadOnlySpan<byte> Deflate(ReadOnlySpan<byte> data, MemoryStream into)
    {
        into.SetLength(0);
        using (var zlib = new ZLibStream(into, new ZLibCompressionOptions { CompressionLevel = Level }, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return into.GetBuffer().AsSpan(0, (int)into.Length);
    }
}
