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

        if (JpegFrame.IsJpeg(data))
        {
            return JpegFrame.TryRead(data) is { } frame ? new ImageSize(frame.Width, frame.Height) : null;
        }

        return null;
    }
}
