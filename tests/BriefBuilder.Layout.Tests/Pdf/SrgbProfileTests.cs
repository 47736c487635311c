using System.Buffers.Binary;
using System.Text;
using BriefBuilder.Layout.Pdf;

namespace BriefBuilder.Layout.Tests.Pdf;

/// <summary>The sRGB output profile the engine computes: a well-formed ICC version 2 display profile whose colorants and
/// tone curve are those of IEC 61966-2-1.</summary>
public class SrgbProfileTests
{
    private static readonly byte[] Profile = SrgbProfile.Profile;

    [Fact]
    public void The_header_is_an_rgb_display_profile_of_version_2_to_the_xyz_connection_space()
    {
        Assert.Equal((uint)Profile.Length, BinaryPrimitives.ReadUInt32BigEndian(Profile));
        Assert.Equal(2, Profile[8]);
        Assert.Equal("mntrRGB XYZ ", Encoding.ASCII.GetString(Profile, 12, 12));
        Assert.Equal("acsp", Encoding.ASCII.GetString(Profile, 36, 4));
        // The connection space's illuminant is D50 as ICC.1 fixes it: 0.9642, 1.0, 0.8249 in s15Fixed16.
        Assert.Equal([0x0000F6D6, 0x00010000, 0x0000D32D], Enumerable.Range(0, 3).Select(i => BinaryPrimitives.ReadInt32BigEndian(Profile.AsSpan(68 + (4 * i)))));
    }

    [Fact]
    public void Every_tag_a_matrix_display_profile_needs_is_there_and_inside_the_file()
    {
        var tags = Tags();

        Assert.Equal(["bTRC", "bXYZ", "cprt", "desc", "gTRC", "gXYZ", "rTRC", "rXYZ", "wtpt"], tags.Keys.Order(StringComparer.Ordinal));
        Assert.All(tags.Values, t => Assert.True(t.Offset % 4 == 0 && t.Offset + t.Size <= Profile.Length));
    }

    [Fact]
    public void The_colorants_are_the_srgb_primaries_adapted_to_d50_and_add_up_to_the_white_of_the_connection_space()
    {
        var tags = Tags();
        double[] Xyz(string tag) => [.. Enumerable.Range(0, 3).Select(i => BinaryPrimitives.ReadInt32BigEndian(Profile.AsSpan(tags[tag].Offset + 8 + (4 * i))) / 65536.0)];

        // The Bradford-adapted sRGB matrix as published (B. Lindbloom, "RGB/XYZ Matrices"), which rounds the white point
        // differently from the chromaticities used here: they agree to within 0.0005.
        Assert.All(Xyz("rXYZ").Zip([0.4360747, 0.2225045, 0.0139322]), p => Assert.Equal(p.Second, p.First, 0.0005));
        Assert.All(Xyz("gXYZ").Zip([0.3850649, 0.7168786, 0.0971045]), p => Assert.Equal(p.Second, p.First, 0.0005));
        Assert.All(Xyz("bXYZ").Zip([0.1430804, 0.0606169, 0.7141733]), p => Assert.Equal(p.Second, p.First, 0.0005));
        var white = Enumerable.Range(0, 3).Select(i => Xyz("rXYZ")[i] + Xyz("gXYZ")[i] + Xyz("bXYZ")[i]);
        Assert.All(white.Zip([0.9642, 1.0, 0.8249]), p => Assert.Equal(p.Second, p.First, 0.0002));
    }

    [Fact]
    public void The_tone_curve_rises_from_black_to_white_through_the_srgb_midtone()
    {
        var tags = Tags();
        var at = tags["rTRC"].Offset;
        var count = (int)BinaryPrimitives.ReadUInt32BigEndian(Profile.AsSpan(at + 8));
        var curve = Enumerable.Range(0, count).Select(i => BinaryPrimitives.ReadUInt16BigEndian(Profile.AsSpan(at + 12 + (2 * i)))).ToList();

        Assert.Equal("curv", Encoding.ASCII.GetString(Profile, at, 4));
        Assert.Equal(tags["rTRC"], tags["gTRC"]);
        Assert.Equal((ushort)0, curve[0]);
        Assert.Equal(ushort.MaxValue, curve[^1]);
        Assert.True(curve.Zip(curve.Skip(1)).All(p => p.First <= p.Second));
        // IEC 61966-2-1: an encoded 0.5 is 21.4% of full light (the curve's middle entry is 511.5/1023 of the way).
        Assert.Equal(0.214, curve[count / 2] / 65535.0, 0.002);
    }

    private static Dictionary<string, (int Offset, int Size)> Tags()
    {
        var count = BinaryPrimitives.ReadInt32BigEndian(Profile.AsSpan(128));
        return Enumerable.Range(0, count).ToDictionary(
            i => Encoding.ASCII.GetString(Profile, 132 + (12 * i), 4),
            i => (BinaryPrimitives.ReadInt32BigEndian(Profile.AsSpan(136 + (12 * i))), BinaryPrimitives.ReadInt32BigEndian(Profile.AsSpan(140 + (12 * i)))));
    }
}
