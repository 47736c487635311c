using System.Buffers.Binary;

namespace BriefBuilder.Layout.Drawing;

/// <summary>What a JPEG's first start-of-frame marker says: size in pixels, colour components and bits per sample.
/// Layout reads it for the picture's proportions, the PDF writer for the image's colour space.</summary>
internal readonly record struct JpegFrame(int Width, int Height, int Components, int Bits)
{
    public static bool IsJpeg(byte[] data) => data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8;

    // Walk the markers to the first SOFn (C0-CF except C4 DHT, C8 JPG and CC DAC): precision, height, width and
    // component count follow its length.
    public static JpegFrame? TryRead(byte[] data)
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
                return new JpegFrame(BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at + 7)), BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at + 5)), data[at + 9], data[at + 4]);
            }

            at += 2 + length;
        }

        return null;
    }
}
