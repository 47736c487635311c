using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefBuilder.Layout.Pdf;

/// <summary>PDFsharp 6.2 ends its zlib streams without the Adler-32 checksum RFC 1950 requires, which qpdf reports as a
/// damaged stream. This appends the checksum of each flate stream's decoded data and corrects its /Length.</summary>
internal static partial class FlateChecksums
{
    public static byte[] Complete(byte[] obj)
    {
        if (obj.AsSpan().IndexOf("/FlateDecode"u8) < 0)
        {
            return obj;
        }

        var text = Encoding.Latin1.GetString(obj);
        var streamAt = text.IndexOf("stream\n", StringComparison.Ordinal);
        if (streamAt < 0 || !text.AsSpan(0, streamAt).Contains("/FlateDecode", StringComparison.Ordinal))
        {
            return obj;
        }

        var length = LengthPattern().Match(text, 0, streamAt);
        if (!length.Success)
        {
            return obj;
        }

        var dataAt = streamAt + "stream\n".Length;
        var dataLength = int.Parse(length.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var data = obj.AsSpan(dataAt, dataLength).ToArray();
        var checksum = Adler32(Inflate(data));
        if (data.Length >= 6 && BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(data.Length - 4)) == checksum)
        {
            return obj;
        }

        var trailer = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(trailer, checksum);
        var head = Encoding.Latin1.GetBytes(text[..length.Groups[1].Index] + (dataLength + 4).ToString(System.Globalization.CultureInfo.InvariantCulture)
            + text[(length.Groups[1].Index + length.Groups[1].Length)..dataAt]);
        return [.. head, .. data, .. trailer, .. obj.AsSpan(dataAt + dataLength)];
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new MemoryStream(zlib, 2, zlib.Length - 2);
        using var deflate = new DeflateStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        deflate.CopyTo(output);
        return output.ToArray();
    }

    // RFC 1950 section 8.2; the sums are reduced every 5552 bytes, the most that cannot overflow 32 bits (as zlib does).
    private static uint Adler32(byte[] data)
    {
        const uint Modulus = 65521;
        uint a = 1, b = 0;
        for (var start = 0; start < data.Length; start += 5552)
        {
            var end = Math.Min(data.Length, start + 5552);
            for (var i = start; i < end; i++)
            {
                a += data[i];
                b += a;
            }

            a %= Modulus;
            b %= Modulus;
        }

        return (b << 16) | a;
    }

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex LengthPattern();
}
