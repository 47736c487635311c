using System.Buffers.Binary;
using System.IO.Compression;

namespace BriefBuilder.Layout.Pdf;

/// <summary>The parts of a PNG file (PNG specification, ISO/IEC 15948) an image XObject needs: header, palette and the
/// concatenated compressed data; decoding happens only for images with an alpha channel.</summary>
internal sealed class PngImage(int width, int height, int bitDepth, int colorType, byte[]? palette, byte[]? transparency, byte[] compressed)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public int BitDepth { get; } = bitDepth;

    public int ColorType { get; } = colorType;

    public byte[]? Palette { get; } = palette;

    public byte[] Compressed { get; } = compressed;

    /// <summary>The tRNS chunk: one alpha per palette entry, or the one grey or RGB value (16-bit samples) that is transparent.</summary>
    public byte[]? Transparency { get; } = transparency;

    public bool HasAlpha => ColorType is 4 or 6;

    // Bytes per row, without the filter byte: samples may be packed several to a byte (PNG 7.2).
    private int Stride => ((Width * Colors * BitDepth) + 7) / 8;

    /// <summary>Samples per pixel: grey 1, RGB 3, palette 1, grey+alpha 2, RGBA 4.</summary>
    public int Colors => ColorType switch { 2 => 3, 4 => 2, 6 => 4, _ => 1 };

    public static PngImage Read(byte[] data)
    {
        var at = 8;
        int width = 0, height = 0, depth = 0, type = 0, interlace = 0;
        byte[]? palette = null;
        byte[]? transparency = null;
        var idat = new MemoryStream();
        while (at + 8 <= data.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at));
            var chunk = System.Text.Encoding.ASCII.GetString(data, at + 4, 4);
            var body = data.AsSpan(at + 8, Math.Min(length, data.Length - at - 8));
            switch (chunk)
            {
                case "IHDR":
                    (width, height, depth, type, interlace) = ((int)BinaryPrimitives.ReadUInt32BigEndian(body), (int)BinaryPrimitives.ReadUInt32BigEndian(body[4..]), body[8], body[9], body[12]);
                    break;
                case "PLTE":
                    palette = body.ToArray();
                    break;
                case "tRNS":
                    transparency = body.ToArray();
                    break;
                case "IDAT":
                    idat.Write(body);
                    break;
            }

            at += 12 + length;
        }

        if (interlace != 0 || depth == 16 && type is 4 or 6)
        {
            throw new ArgumentException("Interlaced PNG images and 16-bit PNG images with alpha cannot be embedded; save the image without interlacing at 8 bits.", nameof(data));
        }

        return new PngImage(width, height, depth, type, type == 3 ? palette : null, transparency, idat.ToArray());
    }

    /// <summary>The opacity of each pixel of a palette image whose tRNS chunk gives its entries' alpha (8 bits a pixel).</summary>
    public byte[] PaletteAlpha()
    {
        var pixels = Unfiltered();
        var stride = Stride;
        var alpha = new byte[Width * Height];
        var mask = (1 << BitDepth) - 1;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var bit = x * BitDepth;
                var index = (pixels[(y * stride) + (bit / 8)] >> (8 - BitDepth - (bit % 8))) & mask;
                alpha[(y * Width) + x] = index < Transparency!.Length ? Transparency[index] : (byte)255;
            }
        }

        return alpha;
    }

    /// <summary>Decodes the image (8 bits per sample) and returns its colour samples and its alpha samples apart.</summary>
    public (byte[] Color, byte[] Alpha) SplitAlpha()
    {
        var pixels = Unfiltered();
        var colorSamples = Colors - 1;
        var color = new byte[Width * Height * colorSamples];
        var alpha = new byte[Width * Height];
        for (var p = 0; p < Width * Height; p++)
        {
            pixels.AsSpan(p * Colors, colorSamples).CopyTo(color.AsSpan(p * colorSamples));
            alpha[p] = pixels[(p * Colors) + colorSamples];
        }

        return (color, alpha);
    }

    // PNG filtering (section 9): each row starts with its filter type and is predicted from the left and upper bytes.
    private byte[] Unfiltered()
    {
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(Compressed), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.GetBuffer();
        var stride = Stride;
        var step = Math.Max(1, Colors * BitDepth / 8);
        var pixels = new byte[stride * Height];
        for (var y = 0; y < Height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            var above = y > 0 ? pixels.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (var i = 0; i < stride; i++)
            {
                int a = i >= step ? row[i - step] : 0, b = above[i], c = i >= step ? above[i - step] : 0;
                row[i] = (byte)(source[i] + filter switch { 1 => a, 2 => b, 3 => (a + b) / 2, 4 => Paeth(a, b, c), _ => 0 });
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
