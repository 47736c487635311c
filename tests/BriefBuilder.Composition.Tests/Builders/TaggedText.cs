using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace BriefBuilder.Composition.Tests.Builders;

/// <summary>A PDF's structure tree as PdfPig reads it back: each structure element with text of its own (its marked
/// content, not its child elements'), its tag and its language as a screen reader takes it (its own /Lang, else its
/// nearest ancestor's, else the document's).</summary>
internal static class TaggedText
{
    public sealed record Element(string Tag, string Language, string Text);

    public static IReadOnlyList<Element> Of(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        DictionaryToken? Dictionary(IToken? token) => token switch
        {
            IndirectReferenceToken r => Dictionary(document.Structure.GetObject(r.Data).Data),
            DictionaryToken d => d,
            _ => null,
        };
        ArrayToken? Array(IToken? token) => token switch
        {
            IndirectReferenceToken r => Array(document.Structure.GetObject(r.Data).Data),
            ArrayToken a => a,
            _ => null,
        };
        static IToken? Get(DictionaryToken d, string key) => d.Data.TryGetValue(key, out var value) ? value : null;

        // Marked content by page object and MCID.
        var pages = new List<long>();
        void Pages(IToken node)
        {
            var d = Dictionary(node)!;
            if ((Get(d, "Type") as NameToken)?.Data == "Page")
            {
                pages.Add(((IndirectReferenceToken)node).Data.ObjectNumber);
                return;
            }

            foreach (var kid in Array(Get(d, "Kids"))!.Data)
            {
                Pages(kid);
            }
        }

        Pages(Get(catalog, "Pages")!);
        var content = new Dictionary<(long Page, int Mcid), string>();
        void Collect(long page, MarkedContentElement element)
        {
            if (element.MarkedContentIdentifier >= 0)
            {
                content[(page, element.MarkedContentIdentifier)] = content.GetValueOrDefault((page, element.MarkedContentIdentifier)) + string.Concat(element.Letters.Select(l => l.Value));
            }

            foreach (var child in element.Children)
            {
                Collect(page, child);
            }
        }

        for (var i = 0; i < document.NumberOfPages; i++)
        {
            foreach (var element in document.GetPage(i + 1).GetMarkedContents())
            {
                Collect(pages[i], element);
            }
        }

        var elements = new List<Element>();
        void Walk(IToken node, string language, long page)
        {
            var d = Dictionary(node);
            if (d is null)
            {
                return;
            }

            language = (Get(d, "Lang") as StringToken)?.Data ?? language;
            page = (Get(d, "Pg") as IndirectReferenceToken)?.Data.ObjectNumber ?? page;
            var own = new StringBuilder();
            var kids = Get(d, "K");
            foreach (var kid in kids is null ? [] : Array(kids)?.Data ?? [kids])
            {
                var kidDictionary = kid is NumericToken ? null : Dictionary(kid);
                var type = kidDictionary is null ? null : (Get(kidDictionary, "Type") as NameToken)?.Data;
                if (kid is NumericToken mcid)
                {
                    own.Append(content.GetValueOrDefault((page, mcid.Int)));
                }
                else if (type == "MCR")
                {
                    var on = (Get(kidDictionary!, "Pg") as IndirectReferenceToken)?.Data.ObjectNumber ?? page;
                    own.Append(content.GetValueOrDefault((on, ((NumericToken)Get(kidDictionary!, "MCID")!).Int)));
                }
                else if (type != "OBJR")
                {
                    Walk(kid, language, page);
                }
            }

            var text = own.ToString().Trim();
            if (text.Length > 0)
            {
                elements.Add(new Element((Get(d, "S") as NameToken)?.Data ?? string.Empty, language, text));
            }
        }

        var root = (Get(catalog, "Lang") as StringToken)?.Data ?? string.Empty;
        foreach (var top in Array(Get(Dictionary(Get(catalog, "StructTreeRoot"))!, "K"))?.Data ?? [])
        {
            Walk(top, root, -1);
        }

        return elements;
    }
}
