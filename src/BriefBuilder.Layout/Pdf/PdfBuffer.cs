using System.Globalization;
using System.Text;

namespace BriefBuilder.Layout.Pdf;

/// <summary>Bytes of PDF syntax being written: numbers, names, strings and references in their ISO 32000-1 7.3 forms,
/// appended to one growing array. Objects and content streams are both written with it.</summary>
internal sealed class PdfBuffer(int capacity = 4096)
{
    private byte[] _bytes = new byte[Math.Max(capacity, 16)];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public PdfBuffer Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Room(bytes.Length));
        Length += bytes.Length;
        return this;
    }

    /// <summary>ASCII text (operators, keywords, dictionary keys written as literals).</summary>
    public PdfBuffer Raw(string ascii)
    {
        var room = Room(ascii.Length);
        for (var i = 0; i < ascii.Length; i++)
        {
            room[i] = (byte)ascii[i];
        }

        Length += ascii.Length;
        return this;
    }

    public PdfBuffer Byte(byte value)
    {
        Room(1)[0] = value;
        Length++;
        return this;
    }

    public PdfBuffer Int(long value)
    {
        value.TryFormat(Room(20), out var written, provider: CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>A real number with at most three decimals and never an exponent (PDF has none), followed by nothing.
    /// Written digit by digit: a page of text holds thousands of coordinates, and general formatting was a tenth of
    /// the writer's time.</summary>
    public PdfBuffer Number(double value)
    {
        var scaled = Math.Round(value * 1000);
        if (double.IsNaN(scaled) || Math.Abs(scaled) >= 1e15)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A PDF number must be finite and reasonably sized.");
        }

        var thousandths = (long)scaled;
        if (thousandths < 0)
        {
            Byte((byte)'-');
            thousandths = -thousandths;
        }

        Int(thousandths / 1000);
        var fraction = (int)(thousandths % 1000);
        if (fraction != 0)
        {
            Byte((byte)'.');
            for (var unit = 100; fraction != 0; unit /= 10)
            {
                Byte((byte)('0' + (fraction / unit)));
                fraction %= unit;
            }
        }

        return this;
    }

    /// <summary>A number followed by a space: the common case inside operators and arrays.</summary>
    public PdfBuffer N(double value) => Number(value).Byte((byte)' ');

    public PdfBuffer Ref(int objectNumber) => Int(objectNumber).Raw(" 0 R");

    /// <summary>A name object; characters outside the regular printable range are escaped as #xx (7.3.5).</summary>
    public PdfBuffer Name(string name)
    {
        Byte((byte)'/');
        // Encoded a character at a time: names are written for every marked-content sequence, and most are a few letters.
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in name.EnumerateRunes())
        {
            foreach (var b in utf8[..rune.EncodeToUtf8(utf8)])
            {
                if (b is < 0x21 or > 0x7E or (byte)'#' or (byte)'/' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
                    or (byte)'{' or (byte)'}' or (byte)'%')
                {
                    Byte((byte)'#').Hex(b);
                }
                else
                {
                    Byte(b);
                }
            }
        }

        return this;
    }

    /// <summary>A text string (7.9.2.2): a literal string when it is printable ASCII, otherwise UTF-16BE with a byte order mark.</summary>
    public PdfBuffer Text(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAnyExceptInRange(' ', '~'))
        {
            var room = Room(2 + (text.Length * 2));
            var at = 0;
            room[at++] = (byte)'(';
            foreach (var c in text)
            {
                at = Escaped(room, at, (byte)c);
            }

            room[at++] = (byte)')';
            Length += at;
            return this;
        }

        Raw("<FEFF");
        foreach (var c in text)
        {
            Hex((byte)(c >> 8)).Hex((byte)c);
        }

        return Byte((byte)'>');
    }

    /// <summary>A date as a text string in the PDF form D:YYYYMMDDHHmmSS+HH'mm' (7.9.4), with the caller's offset.</summary>
    public PdfBuffer Date(DateTimeOffset date) => Text(PdfDate(date));

    private static string PdfDate(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"D:{date:yyyyMMddHHmmss}{sign}{abs.Hours:00}'{abs.Minutes:00}'");
    }

    public PdfBuffer Hex(byte value)
    {
        var room = Room(2);
        room[0] = HexDigit(value >> 4);
        room[1] = HexDigit(value & 0xF);
        Length += 2;
        return this;
    }

    /// <summary>Two-byte codes, high byte first, as a literal string (7.3.4.2): half the bytes of a hexadecimal one.
    /// Parentheses and backslashes are escaped, and a carriage return is written "\r", since a reader takes a raw one
    /// for an end of line.</summary>
    public PdfBuffer Codes16(ReadOnlySpan<ushort> codes)
    {
        var room = Room(2 + (codes.Length * 4));
        var at = 0;
        room[at++] = (byte)'(';
        foreach (var code in codes)
        {
            at = Escaped(room, at, (byte)(code >> 8));
            at = Escaped(room, at, (byte)code);
        }

        room[at++] = (byte)')';
        Length += at;
        return this;
    }

    // A byte of a literal string, escaped where a reader would take it otherwise.
    private static int Escaped(Span<byte> room, int at, byte value)
    {
        switch (value)
        {
            case (byte)'(' or (byte)')' or (byte)'\\':
                room[at++] = (byte)'\\';
                break;
            case (byte)'\r':
                room[at++] = (byte)'\\';
                value = (byte)'r';
                break;
        }

        room[at++] = value;
        return at;
    }

    /// <summary>Space for at least <paramref name="count"/> more bytes; the caller advances <see cref="Advance"/> by what it used.</summary>
    public Span<byte> Room(int count)
    {
        if (Length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
        }

        return _bytes.AsSpan(Length);
    }

    public void Advance(int count) => Length += count;

    private static byte HexDigit(int nibble) => (byte)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
}
