using BriefBuilder.Layout.Drawing;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout.Pdf;

/// <summary>Link annotations (ISO 32000-1 12.5.6.5): a URI action for external links, an explicit destination at the
/// anchor's page and height for internal ones. Each is written when its page is painted and listed in that page's /Annots;
/// in a tagged document it carries its /StructParent key (PDF/UA-1 7.18.5) and its description as /Contents.</summary>
internal sealed class LinkAnnotations(PdfFile file, IReadOnlyDictionary<string, AnchorPlacement> anchors, Func<int, int> pageObject, double pageHeight)
{
    private readonly List<int> _onPage = [];

    /// <summary>Writes the annotation for a link drawn on a page (its object number and height), in a tagged document as
    /// a kid of the link's element; returns the annotation's object number.</summary>
    public int Add(LinkOp link, int page, double height, StructureTree? structure)
    {
        var number = file.Reserve();
        var key = structure is null || link.Structure is null ? (int?)null : structure.AttachAnnotation(link.Structure, number, page);
        var d = file.Begin(number).Raw("<</Type/Annot/Subtype/Link/Rect[").N(link.X).N(height - link.Y - link.Height).N(link.X + link.Width)
            .Number(height - link.Y).Raw("]/Border[0 0 0]/F 4/P ").Ref(page).Raw("/Contents").Text(link.Description);
        if (key is { } parent)
        {
            d.Raw("/StructParent ").Int(parent);
        }

        switch (link.Target)
        {
            case ExternalLink external:
                d.Raw("/A<</S/URI/URI").Text(Ascii(external.Uri)).Raw(">>");
                break;
            case InternalLink anchor when anchors.TryGetValue(anchor.AnchorName, out var place):
                d.Raw("/Dest[").Ref(pageObject(place.Page)).Raw("/XYZ ").N(Math.Round(place.X, 2))
                    .N(Math.Round(pageHeight - place.Y, 2)).Raw("null]");
                break;
        }

        d.Raw(">>");
        file.End();
        _onPage.Add(number);
        return number;
    }

    /// <summary>Writes the page's /Annots entry (if it has links) and starts the next page's list.</summary>
    public void WritePageAnnotations(PdfBuffer page)
    {
        if (_onPage.Count > 0)
        {
            page.Raw("/Annots[");
            foreach (var number in _onPage)
            {
                page.Ref(number).Byte((byte)' ');
            }

            page.Raw("]");
        }

        _onPage.Clear();
    }

    // A URI is 7-bit ASCII (12.6.4.7): the host in its IDNA form (punycode), the rest percent-encoded as Uri does.
    private static string Ascii(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            return uri;
        }

        var ascii = new UriBuilder(parsed) { Host = parsed.IdnHost }.Uri.AbsoluteUri;
        return ascii.All(char.IsAscii) ? ascii : throw new ArgumentException($"The link address \"{uri}\" cannot be written as ASCII.", nameof(uri));
    }
}
