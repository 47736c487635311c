using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace BriefBuilder.Layout.Tests.Pdf;

/// <summary>Reopens written PDF bytes with PDFsharp's reader and reads back what the tests check.</summary>
internal static class Reopened
{
    public static PdfDocument Open(byte[] bytes) => PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);

    public static PdfDictionary? Dictionary(PdfItem? item) => item switch
    {
        PdfReference r => r.Value as PdfDictionary,
        PdfDictionary d => d,
        _ => null,
    };

    public static PdfArray? Array(PdfItem? item) => item switch
    {
        PdfReference r => r.Value as PdfArray,
        PdfArray a => a,
        _ => null,
    };

    /// <summary>The one-based page number a destination array points at.</summary>
    public static int PageOf(PdfDocument pdf, PdfArray destination) => PageOf(pdf, destination.Elements[0]);

    /// <summary>The one-based page number of a page object (0 when it is not one of the document's pages).</summary>
    public static int PageOf(PdfDocument pdf, PdfItem? page)
    {
        var target = Dictionary(page);
        var number = (page as PdfReference)?.ObjectNumber ?? target?.Reference?.ObjectNumber;
        for (var i = 0; i < pdf.PageCount; i++)
        {
            if (ReferenceEquals(pdf.Pages[i], target) || ReferenceEquals(pdf.Pages[i].Reference?.Value, target)
                || (number is not null && pdf.Pages[i].Reference?.ObjectNumber == number))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>A structure element's parent element, or null under the tree's root.</summary>
    public static PdfDictionary? StructureParent(PdfDictionary element) =>
        element.Elements["/P"] is PdfReference { Value: PdfDictionary parent } && parent.Elements.GetName("/Type") == "/StructElem" ? parent : null;

    /// <summary>Every structure element in the tree, depth first, with its type (without the slash).</summary>
    public static IEnumerable<PdfDictionary> StructureElements(PdfDocument pdf)
    {
        var root = Dictionary(pdf.Internals.Catalog.Elements["/StructTreeRoot"]);
        return root is null ? [] : Walk(root.Elements["/K"]);
    }

    private static IEnumerable<PdfDictionary> Walk(PdfItem? item)
    {
        if (Array(item) is { } array)
        {
            foreach (var kid in array.Elements.SelectMany(Walk))
            {
                yield return kid;
            }

            yield break;
        }

        if (Dictionary(item) is { } element && element.Elements.ContainsKey("/S"))
        {
            yield return element;
            foreach (var kid in Walk(element.Elements["/K"]))
            {
                yield return kid;
            }
        }
    }
}
