using System.Buffers.Binary;
using System.Text;

namespace BriefBuilder.Layout.Pdf;

/// <summary>An ICC version 2 display profile of sRGB, made here from the parameters IEC 61966-2-1 defines (primaries,
/// D65 white point, transfer function) rather than copied from a profile file: the output intent of a PDF/A file
/// (ISO 19005-3 6.2.3) that paints in DeviceRGB. Version 2 because every PDF/A validator and reader accepts it.</summary>
internal static class SrgbProfile
{
    /// <summary>The profile's description and the output condition it names in the PDF.</summary>
    public const string Name = "sRGB IEC61966-2.1";

    // IEC 61966-2-1 clause 5.1: chromaticities of the red, green and blue primaries and of the D65 reference white.
    private static readonly (double X, double Y)[] Primaries = [(0.64, 0.33), (0.30, 0.60), (0.15, 0.06)];
    private static readonly (double X, double Y) D65 = (0.3127, 0.3290);

    // The profile connection space's illuminant, D50, as ICC.1 7.2.16 fixes it.
    private static readonly double[] D50 = [0.9642, 1.0, 0.8249];

    // Bradford cone response matrix (ICC.1 Annex E), which adapts the D65 primaries to the D50 connection space.
    private static readonly double[,] Bradford = { { 0.8951, 0.2664, -0.1614 }, { -0.7502, 1.7135, 0.0367 }, { 0.0389, -0.0685, 1.0296 } };

    private const int CurvePoints = 1024;

    private static readonly Lazy<byte[]> Bytes = new(Make);

    public static byte[] Profile => Bytes.Value;

    /// <summary>The sRGB transfer function, encoded value to linear light (IEC 61966-2-1 5.2, equation 2).</summary>
    public static double ToLinear(double encoded) =>
        encoded <= 0.04045 ? encoded / 12.92 : Math.Pow((encoded + 0.055) / 1.055, 2.4);

    /// <summary>The primaries' XYZ in the D50 connection space: red, green and blue columns, each row X, Y, Z.</summary>
    public static double[,] Colorants()
    {
        var white = Xyz(D65);
        var primaries = new double[3, 3];
        for (var c = 0; c < 3; c++)
        {
            var xyz = Xyz(Primaries[c]);
            for (var r = 0; r < 3; r++)
            {
                primaries[r, c] = xyz[r];
            }
        }

        // Scale each primary so that the three at full strength add up to the white point.
        var scale = Multiply(Invert(primaries), white);
        var toD65 = new double[3, 3];
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                toD65[r, c] = primaries[r, c] * scale[c];
            }
        }

        var source = Multiply(Bradford, white);
        var target = Multiply(Bradford, D50);
        var gains = new double[3, 3];
        for (var i = 0; i < 3; i++)
        {
            gains[i, i] = target[i] / source[i];
        }

        return Multiply(Multiply(Invert(Bradford), Multiply(gains, Bradford)), toD65);
    }

    private static byte[] Make()
    {
        var colorants = Colorants();
        var white = Xyz(D65);
        var tags = new List<(string Signature, byte[] Data)>
        {
            ("desc", Description(Name)),
            ("cprt", Text("No copyright: computed by BriefBuilder from the parameters of IEC 61966-2-1")),
            ("wtpt", XyzTag(white[0], white[1], white[2])),
            ("rXYZ", XyzTag(colorants[0, 0], colorants[1, 0], colorants[2, 0])),
            ("gXYZ", XyzTag(colorants[0, 1], colorants[1, 1], colorants[2, 1])),
            ("bXYZ", XyzTag(colorants[0, 2], colorants[1, 2], colorants[2, 2])),
        };
        var curve = Curve();

        // The three channels share one curve: the tag table may point several tags at the same data (ICC.1 7.3.1).
        var offsets = new List<(string Signature, int Offset, int Size)>();
        var body = new List<byte>();
        var start = 128 + 4 + ((tags.Count + 3) * 12);
        foreach (var (signature, data) in tags)
        {
            offsets.Add((signature, start + body.Count, data.Length));
            body.AddRange(data);
            Pad(body);
        }

        var curveAt = start + body.Count;
        body.AddRange(curve);
        foreach (var signature in new[] { "rTRC", "gTRC", "bTRC" })
        {
            offsets.Add((signature, curveAt, curve.Length));
        }

        Pad(body);
        var profile = new byte[start + body.Count];
        Header(profile);
        BinaryPrimitives.WriteUInt32BigEndian(profile.AsSpan(128), (uint)offsets.Count);
        for (var i = 0; i < offsets.Count; i++)
        {
            var entry = profile.AsSpan(132 + (i * 12));
            Encoding.ASCII.GetBytes(offsets[i].Signature, entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], (uint)offsets[i].Offset);
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)offsets[i].Size);
        }

        body.CopyTo(profile, start);
        return profile;
    }

    // ICC.1:2001-04 6.1: size, version 2.1, a display ('mntr') profile from RGB to the XYZ connection space, 'acsp',
    // the D50 illuminant. The creation date is fixed (the standard's year), never the clock, so the bytes never change.
    private static void Header(byte[] profile)
    {
        var h = profile.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(h, (uint)profile.Length);
        BinaryPrimitives.WriteUInt32BigEndian(h[8..], 0x02100000);
        Encoding.ASCII.GetBytes("mntrRGB XYZ ", h[12..]);
        ushort[] date = [1999, 10, 18, 0, 0, 0];
        for (var i = 0; i < date.Length; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(h[(24 + (2 * i))..], date[i]);
        }

        Encoding.ASCII.GetBytes("acsp", h[36..]);
        for (var i = 0; i < 3; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(h[(68 + (4 * i))..], S15Fixed16(D50[i]));
        }
    }

    private static byte[] Curve()
    {
        var data = new byte[12 + (2 * CurvePoints)];
        Encoding.ASCII.GetBytes("curv", data);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), CurvePoints);
        for (var i = 0; i < CurvePoints; i++)
        {
            var value = Math.Round(ToLinear(i / (double)(CurvePoints - 1)) * 65535);
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(12 + (2 * i)), (ushort)value);
        }

        return data;
    }

    // textDescriptionType (ICC.1:2001-04 6.5.17): the ASCII description, then empty Unicode and ScriptCode parts.
    private static byte[] Description(string text)
    {
        var data = new byte[12 + text.Length + 1 + 4 + 4 + 2 + 1 + 67];
        Encoding.ASCII.GetBytes("desc", data);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), (uint)(text.Length + 1));
        Encoding.ASCII.GetBytes(text, data.AsSpan(12));
        return data;
    }

    private static byte[] Text(string text)
    {
        var data = new byte[8 + text.Length + 1];
        Encoding.ASCII.GetBytes("text", data);
        Encoding.ASCII.GetBytes(text, data.AsSpan(8));
        return data;
    }

    private static byte[] XyzTag(double x, double y, double z)
    {
        var data = new byte[20];
        Encoding.ASCII.GetBytes("XYZ ", data);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(8), S15Fixed16(x));
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(12), S15Fixed16(y));
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(16), S15Fixed16(z));
        return data;
    }

    private static int S15Fixed16(double value) => (int)Math.Round(value * 65536);

    // Tag data starts on a four-byte boundary (ICC.1 7.3.1).
    private static void Pad(List<byte> body)
    {
        while (body.Count % 4 != 0)
        {
            body.Add(0);
        }
    }

    private static double[] Xyz((double X, double Y) chromaticity) =>
        [chromaticity.X / chromaticity.Y, 1, (1 - chromaticity.X - chromaticity.Y) / chromaticity.Y];

    private static double[] Multiply(double[,] m, double[] v) =>
        [.. Enumerable.Range(0, 3).Select(r => (m[r, 0] * v[0]) + (m[r, 1] * v[1]) + (m[r, 2] * v[2]))];

    private static double[,] Multiply(double[,] a, double[,] b)
    {
        var product = new double[3, 3];
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                product[r, c] = (a[r, 0] * b[0, c]) + (a[r, 1] * b[1, c]) + (a[r, 2] * b[2, c]);
            }
        }

        return product;
    }

    private static double[,] Invert(double[,] m)
    {
        var determinant = (m[0, 0] * ((m[1, 1] * m[2, 2]) - (m[1, 2] * m[2, 1])))
            - (m[0, 1] * ((m[1, 0] * m[2, 2]) - (m[1, 2] * m[2, 0])))
            + (m[0, 2] * ((m[1, 0] * m[2, 1]) - (m[1, 1] * m[2, 0])));
        var inverse = new double[3, 3];
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                // The cofactor of (c, r), by cyclic indices so its sign needs no separate rule.
                var (r1, r2, c1, c2) = ((c + 1) % 3, (c + 2) % 3, (r + 1) % 3, (r + 2) % 3);
                inverse[r, c] = ((m[r1, c1] * m[r2, c2]) - (m[r1, c2] * m[r2, c1])) / determinant;
            }
        }

        return inverse;
    }
}
