using System.Globalization;
using BriefBuilder.Layout.Fonts;

namespace BriefBuilder.Layout.Pdf;

/// <summary>The fonts and images of the document, each written once, and the ones the page being painted uses, which
/// its /Resources dictionary lists. Fonts are written after the last page, when every glyph they show is known; images
/// as soon as a page first shows them (in an archival file, only those its sRGB output intent can describe).</summary>
internal sealed class PageResources(PdfFile file, bool archival = false)
{
    private readonly Dictionary<FontFace, EmbeddedFont> _fonts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<byte[], (string Resource, int Number)> _images = new(ReferenceEqualityComparer.Instance);
    private readonly List<EmbeddedFont> _pageFonts = [];
    private readonly List<(string Resource, int Number)> _pageImages = [];

    public EmbeddedFont Font(FontFace face)
    {
        if (!_fonts.TryGetValue(face, out var font))
        {
            font = new EmbeddedFont(face, "F" + (_fonts.Count + 1).ToString(CultureInfo.InvariantCulture), file.Reserve());
            _fonts[face] = font;
        }

        if (!_pageFonts.Contains(font))
        {
            _pageFonts.Add(font);
        }

        return font;
    }

    public string Image(byte[] data)
    {
        if (!_images.TryGetValue(data, out var image))
        {
            image = ("Im" + (_images.Count + 1).ToString(CultureInfo.InvariantCulture), file.Reserve());
            ImageXObject.Write(file, image.Number, data, archival);
            _images[data] = image;
        }

        if (!_pageImages.Contains(image))
        {
            _pageImages.Add(image);
        }

        return image.Resource;
    }

    /// <summary>Writes the page's resource dictionary and starts the next page's.</summary>
    public void WritePageResources(PdfBuffer page)
    {
        page.Raw("<<");
        if (_pageFonts.Count > 0)
        {
            page.Raw("/Font<<");
            foreach (var font in _pageFonts)
            {
                page.Name(font.Resource).Byte((byte)' ').Ref(font.Number);
            }

            page.Raw(">>");
        }

        if (_pageImages.Count > 0)
        {
            page.Raw("/XObject<<");
            foreach (var (resource, number) in _pageImages)
            {
                page.Name(resource).Byte((byte)' ').Ref(number);
            }

            page.Raw(">>");
        }

        page.Raw(">>");
        _pageFonts.Clear();
        _pageImages.Clear();
    }

    public void WriteFonts()
    {
        foreach (var font in _fonts.Values)
        {
            font.Write(file);
        }
    }
}
