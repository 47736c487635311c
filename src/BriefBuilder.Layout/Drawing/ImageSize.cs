using System.Buffers.Binary;

namespace BriefBuilder.Layout.Drawing;

/// <summary>A raster image's size in pixels, read from its header (PNG IHDR; JPEG start-of-frame), so layout knows
/// the proportions without decoding the picture.</summary>
internal readonly record struct ImageSize(int Width, int Height)
{
    public static ImageSize? TryRead(byte[] data)
    {
        if (data.Length >= 24 && data[0] == 0x89 && data[1] == (byte)'P' && data[2] == (byte)'N' && data[3] == (byte)'G')
        {
            return new ImageSize((int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(16)), (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(20)));
        }

        if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8)
        {
            return ReadJpeg(data);
        }

        return null;
    }

    // Walk the JPEG markers to the first SOFn (C0-CF except C4 DHT, C8 JPG and CC DAC): height then width follow its precision byte.
    private static ImageSize? ReadJpeg(byte[] data)
    {
        var at = 2;
        while (at + 9 < data.Length)
        {
            if (data[at] != 0xFF)
            {
                return null;
            }

            var marker = data[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at + 2));
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return new ImageSize(BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at + 7)), BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at + 5)));
            }

            at += 2 + length;
        }

        return null;
    }
}
