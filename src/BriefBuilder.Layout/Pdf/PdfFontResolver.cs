using System.Collections.Concurrent;
using BriefBuilder.Layout.Fonts;
using PdfSharp.Fonts;

namespace BriefBuilder.Layout.Pdf;

/// <summary>Serves PDFsharp every face the engine knows, by file path: the writer asks for XFonts whose family name is
/// the face's path, so PDFsharp embeds exactly the face layout measured. PDFsharp 6 has no font lookup of its own on
/// Linux, and its resolver is process-global: it is installed once, and serves faces added to the library later too.</summary>
internal sealed class PdfFontResolver : IFontResolver
{
    private static readonly Lock Gate = new();
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    private PdfFontResolver()
    {
    }

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is PdfFontResolver)
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is not null)
            {
                throw new InvalidOperationException("Another PDFsharp font resolver is installed in this process; the layout engine needs its own.");
            }

            GlobalFontSettings.FontResolver = new PdfFontResolver();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        FontLibrary.Shared.FaceAt(familyName) is null ? null : new FontResolverInfo(familyName);

    public byte[]? GetFont(string faceName) =>
        FontLibrary.Shared.FaceAt(faceName) is null ? null : _files.GetOrAdd(faceName, File.ReadAllBytes);
}
