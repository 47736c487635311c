using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefBuilder.Layout.Pdf;

/// <summary>PDFsharp 6.2 ends its zlib streams without the Adler-32 checksum RFC 1950 requires, which qpdf reports as a
/// damaged stream. This appends the checksum of each flate stream's decoded data and corrects its /Length.</summary>
internal static partial class FlateChecksums
{
    public static ReadOnlyMemory<byte> Complete(ReadOnlyMemory<byte> obj)
    {
        var span = obj.Span;
        var streamAt = span.IndexOf("stream\n"u8);
        if (streamAt < 0 || span[..streamAt].IndexOf("/FlateDecode"u8) < 0)
        {
            return obj;
        }

        var dictionary = Encoding.Latin1.GetString(span[..streamAt]);
        var length = LengthPattern().Match(dictionary);
        if (!length.Success)
        {
            return obj;
        }

        var dataAt = streamAt + "stream\n".Length;
        var dataLength = int.Parse(length.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var data = obj.Slice(dataAt, dataLength);
        var checksum = Adler32OfInflated(data);
        if (dataLength >= 6 && BinaryPrimitives.ReadUInt32BigEndian(data.Span[^4..]) == checksum)
        {
            return obj;
        }

        var head = Encoding.Latin1.GetBytes(dictionary[..length.Groups[1].Index] + (dataLength + 4).ToString(System.Globalization.CultureInfo.InvariantCulture)
            + dictionary[(length.Groups[1].Index + length.Groups[1].Length)..] + "stream\n");
        var tail = span[(dataAt + dataLength)..];
        var result = new byte[head.Length + dataLength + 4 + tail.Length];
        head.CopyTo(result, 0);
        data.Span.CopyTo(result.AsSpan(head.Length));
        BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(head.Length + dataLength), checksum);
        tail.CopyTo(result.AsSpan(head.Length + dataLength + 4));
        return result;
    }

    // The zlib header is two bytes; the raw deflate data follows. Decoded bytes are summed as they come, never kept.
    private static uint Adler32OfInflated(ReadOnlyMemory<byte> zlib)
    {
        using var deflate = new DeflateStream(new ReadOnlyMemoryStream(zlib[2..]), CompressionMode.Decompress);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var adler = new Adler32();
            int read;
            while ((read = deflate.Read(buffer, 0, buffer.Length)) > 0)
            {
                adler.Add(buffer.AsSpan(0, read));
            }

            return adler.Value;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>RFC 1950 section 8.2; the sums are reduced every 5552 bytes, the most that cannot overflow 32 bits (as zlib does).</summary>
    private struct Adler32()
    {
        private const uint Modulus = 65521;
        private uint _a = 1;
        private uint _b;

        public readonly uint Value => (_b << 16) | _a;

        public void Add(ReadOnlySpan<byte> data)
        {
            for (var start = 0; start < data.Length; start += 5552)
            {
                var end = Math.Min(data.Length, start + 5552);
                for (var i = start; i < end; i++)
                {
                    _a += data[i];
                    _b += _a;
                }

                _a %= Modulus;
                _b %= Modulus;
            }
        }
    }

    /// <summary>A read-only stream over memory, so a slice of the file can be inflated without copying it.</summary>
    private sealed class ReadOnlyMemoryStream(ReadOnlyMemory<byte> data) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => data.Length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(buffer.Length, data.Length - _position);
            data.Span.Slice(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex LengthPattern();
}
