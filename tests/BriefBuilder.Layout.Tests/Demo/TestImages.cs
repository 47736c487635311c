using System.Buffers.Binary;
using System.IO.Compression;

namespace BriefBuilder.Layout.Tests.Demo;

/// <summary>Small PNG and JPEG files made in code, so the tests ship no binary fixtures.</summary>
internal static class TestImages
{
    /// <summary>An RGB PNG with a diagonal colour gradient; with alpha, RGBA whose opacity falls from left to right and
    /// whose odd rows use the Sub filter (each byte stored as its difference from the pixel to its left).</summary>
    public static byte[] Png(int width, int height, bool alpha = false)
    {
        var raw = new MemoryStream();
        var channels = alpha ? 4 : 3;
        for (var y = 0; y < height; y++)
        {
            var row = Enumerable.Range(0, width).SelectMany(x => Pixel(x, y, width, height).Take(channels)).ToArray();
            var sub = alpha && y % 2 == 1;
            raw.WriteByte(sub ? (byte)1 : (byte)0);
            for (var i = 0; i < row.Length; i++)
            {
                raw.WriteByte(sub && i >= channels ? (byte)(row[i] - row[i - channels]) : row[i]);
            }
        }

        return Assemble(raw, width, height, 8, alpha ? (byte)6 : (byte)2, []); // colour type: RGBA or RGB
    }

    /// <summary>The colour (red, green, blue) and opacity of one pixel of <see cref="Png"/>.</summary>
    public static byte[] Pixel(int x, int y, int width, int height) =>
        [(byte)(255 * x / Math.Max(1, width - 1)), (byte)(255 * y / Math.Max(1, height - 1)), 160, (byte)(255 - (255 * x / Math.Max(1, width - 1)))];

    /// <summary>The start of a CMYK JPEG: its frame header says four components, which is all an archival file refuses it for.</summary>
    public static byte[] CmykJpegHeader() =>
        [0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x14, 0x08, 0x00, 0x08, 0x00, 0x08, 0x04, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0, 0xFF, 0xD9];

    /// <summary>A baseline greyscale JPEG of flat mid-grey 8 x 8 blocks: one DC code and one end-of-block code per block.</summary>
    public static byte[] Jpeg(int blocksWide, int blocksHigh)
    {
        var jpeg = new MemoryStream();
        jpeg.Write([0xFF, 0xD8]);
        jpeg.Write([0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
        jpeg.Write([0xFF, 0xDB, 0x00, 0x43, 0x00]);
        jpeg.Write(Enumerable.Repeat((byte)1, 64).ToArray());
        var (w, h) = (blocksWide * 8, blocksHigh * 8);
        jpeg.Write([0xFF, 0xC0, 0x00, 0x0B, 0x08, (byte)(h >> 8), (byte)h, (byte)(w >> 8), (byte)w, 0x01, 0x01, 0x11, 0x00]);
        // DC table 0 and AC table 0, each with a single one-bit code for symbol 0 (DC difference 0; AC end of block).
        jpeg.Write([0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00]);
        jpeg.Write([0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00]);
        jpeg.Write([0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]);
        var bits = blocksWide * blocksHigh * 2;
        var data = new byte[(bits + 7) / 8];
        if (bits % 8 != 0)
        {
            data[^1] = (byte)(0xFF >> (bits % 8)); // pad the last byte with one bits
        }

        jpeg.Write(data);
        jpeg.Write([0xFF, 0xD9]);
        return jpeg.ToArray();
    }

    /// <summary>A 2-bit palette PNG (red, green, blue) whose pixel (x, y) shows entry (x + y) mod 3, with a tRNS chunk giving
    /// the entries the alphas in <paramref name="alphas"/>; or, with a colour key, an 8-bit RGB PNG of <see cref="Png"/>'s
    /// pixels whose one transparent colour the tRNS chunk names.</summary>
    public static byte[] WithTransparency(int width, int height, byte[]? alphas = null, (byte R, byte G, byte B)? colorKey = null)
    {
        var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            if (colorKey is null)
            {
                var row = new byte[((width * 2) + 7) / 8];
                for (var x = 0; x < width; x++)
                {
                    row[x / 4] |= (byte)(((x + y) % 3) << (6 - (2 * (x % 4))));
                }

                raw.Write(row);
            }
            else
            {
                for (var x = 0; x < width; x++)
                {
                    raw.Write(Pixel(x, y, width, height).AsSpan(0, 3));
                }
            }
        }

        (string, byte[])[] chunks = colorKey is { } key
            ? [("tRNS", [0, key.R, 0, key.G, 0, key.B])]
            : [("PLTE", [255, 0, 0, 0, 255, 0, 0, 0, 255]), ("tRNS", alphas ?? [])];
        return Assemble(raw, width, height, colorKey is null ? (byte)2 : (byte)8, colorKey is null ? (byte)3 : (byte)2, chunks);
    }

    // A PNG file: signature, header, the given chunks, the filtered rows deflated into one IDAT, end.
    private static byte[] Assemble(MemoryStream rows, int width, int height, byte bitDepth, byte colorType, (string Type, byte[] Data)[] chunks)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            rows.Position = 0;
            rows.CopyTo(zlib);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = bitDepth;
        header[9] = colorType;
        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        foreach (var (type, data) in chunks)
        {
            Chunk(png, type, data);
        }

        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    // CRC-32 as PNG specifies it (ISO 3309, polynomial 0xEDB88320).
    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
