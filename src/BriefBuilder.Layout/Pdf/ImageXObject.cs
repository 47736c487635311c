using System.Buffers.Binary;
using BriefBuilder.Layout.Drawing;

namespace BriefBuilder.Layout.Pdf;

/// <summary>Writes a raster image as an image XObject (ISO 32000-1 8.9.5). A JPEG is embedded as it is (DCTDecode). A PNG
/// without alpha keeps its compressed data, which PDF's Flate filter reads with the PNG predictors (7.4.4.4); a PNG with
/// alpha is decoded and split into colour and a soft mask (11.6.5.3).</summary>
internal static class ImageXObject
{
    /// <param name="archival">A PDF/A file whose output intent is sRGB cannot hold a CMYK image (ISO 19005-3 6.2.4.3).</param>
    public static void Write(PdfFile file, int number, byte[] data, bool archival = false)
    {
        if (JpegFrame.IsJpeg(data))
        {
            WriteJpeg(file, number, data, archival);
        }
        else
        {
            WritePng(file, number, PngImage.Read(data));
        }
    }

    private static void WriteJpeg(PdfFile file, int number, byte[] data, bool archival)
    {
        var (width, height, components, bits) = JpegFrame.TryRead(data) ?? throw new ArgumentException("The JPEG image has no frame header.", nameof(data));
        if (archival && components == 4)
        {
            throw new ArgumentException("A CMYK JPEG cannot go into an archival (PDF/A) file, whose colours are sRGB; save the image in RGB.", nameof(data));
        }

        var colorSpace = components switch { 1 => "/DeviceGray", 4 => "/DeviceCMYK", _ => "/DeviceRGB" };
        file.Stream(number, data, d => d.Raw("/Type/XObject/Subtype/Image/Width ").Int(width).Raw("/Height ").Int(height)
            .Raw("/ColorSpace").Raw(colorSpace).Raw("/BitsPerComponent ").Int(bits).Raw("/Filter/DCTDecode"), deflate: false);
    }

    private static void WritePng(PdfFile file, int number, PngImage png)
    {
        if (!png.HasAlpha)
        {
            // tRNS: a palette's alphas become a soft mask; a grey or RGB image's one transparent colour a colour-key mask (8.9.6.4).
            var paletteMask = png.Palette is not null && png.Transparency is not null ? file.Reserve() : (int?)null;
            file.Stream(number, png.Compressed, d =>
            {
                Header(d, png.Width, png.Height, png.BitDepth);
                ColorSpace(d, png);
                ColorKey(d, png);
                if (paletteMask is { } mask)
                {
                    d.Raw("/SMask ").Ref(mask);
                }

                d.Raw("/Filter/FlateDecode/DecodeParms<</Predictor 15/Colors ").Int(png.Colors).Raw("/BitsPerComponent ").Int(png.BitDepth)
                    .Raw("/Columns ").Int(png.Width).Raw(">>");
            }, deflate: false);
            if (paletteMask is { } alphaMask)
            {
                file.Stream(alphaMask, png.PaletteAlpha(), d =>
                {
                    Header(d, png.Width, png.Height, 8);
                    d.Raw("/ColorSpace/DeviceGray");
                });
            }

            return;
        }

        var (color, alpha) = png.SplitAlpha();
        var mask = file.Reserve();
        file.Stream(number, color, d =>
        {
            Header(d, png.Width, png.Height, 8);
            d.Raw(png.Colors == 2 ? "/ColorSpace/DeviceGray" : "/ColorSpace/DeviceRGB").Raw("/SMask ").Ref(mask);
        });
        file.Stream(mask, alpha, d =>
        {
            Header(d, png.Width, png.Height, 8);
            d.Raw("/ColorSpace/DeviceGray");
        });
    }

    private static void Header(PdfBuffer d, int width, int height, int bits) =>
        d.Raw("/Type/XObject/Subtype/Image/Width ").Int(width).Raw("/Height ").Int(height).Raw("/BitsPerComponent ").Int(bits);

    private static void ColorKey(PdfBuffer d, PngImage png)
    {
        if (png.Palette is not null || png.Transparency is not { Length: >= 2 } key || key.Length < 2 * png.Colors)
        {
            return;
        }

        d.Raw("/Mask[");
        for (var sample = 0; sample < png.Colors; sample++)
        {
            var value = BinaryPrimitives.ReadUInt16BigEndian(key.AsSpan(2 * sample)) & ((1 << png.BitDepth) - 1);
            d.Int(value).Byte((byte)' ').Int(value).Byte((byte)' ');
        }

        d.Raw("]");
    }

    private static void ColorSpace(PdfBuffer d, PngImage png)
    {
        if (png.Palette is not { } palette)
        {
            d.Raw(png.Colors == 1 ? "/ColorSpace/DeviceGray" : "/ColorSpace/DeviceRGB");
            return;
        }

        d.Raw("/ColorSpace[/Indexed/DeviceRGB ").Int((palette.Length / 3) - 1).Raw("<");
        foreach (var b in palette)
        {
            d.Hex(b);
        }

        d.Raw(">]");
    }
}
