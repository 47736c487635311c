using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using static BriefBuilder.Layout.Tests.Conformance.PdfA.PdfObjects;

namespace BriefBuilder.Layout.Tests.Conformance.PdfA;

/// <summary>The object-level rules of PDF/A-3 (ISO 19005-3) that matter for BriefBuilder's files, checked on a written
/// PDF as PDFsharp reads it back. veraPDF cannot be installed here; these are the rules it would apply to the objects
/// such a file holds. Each finding names its clause. What is not checked is listed in the README.</summary>
internal static class PdfAChecks
{
    // 6.6.1: actions a PDF/A file may not hold.
    private static readonly HashSet<string> ForbiddenActions =
        ["Launch", "Sound", "Movie", "ResetForm", "ImportData", "Hide", "SetOCGState", "Rendition", "Trans", "GoTo3DView", "JavaScript"];

    // ISO 32000-1 14.8.4: the standard structure types, which a PDF/A-A file's structure elements use or are role-mapped to (6.7.3).
    private static readonly HashSet<string> StandardStructureTypes =
    [
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody",
        "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu",
        "WT", "WP", "Figure", "Formula", "Form",
    ];

    /// <summary>Every violation found, each "clause: what"; none for a conforming file.</summary>
    public static IReadOnlyList<string> Check(byte[] pdf, char conformance)
    {
        var problems = new List<string>();
        Header(pdf, problems);
        var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var catalog = document.Internals.Catalog;
        if (string.IsNullOrEmpty(document.Internals.FirstDocumentID))
        {
            problems.Add("6.1.3: the trailer has no ID");
        }

        var dictionaries = AllDictionaries(document).ToList();
        XmpChecks.Check(document, conformance, problems);
        ResourceChecks.OutputIntent(catalog, problems);
        ResourceChecks.Fonts(dictionaries, problems);
        ResourceChecks.Colours(document, dictionaries, problems);
        EmbeddedFileChecks.Check(catalog, dictionaries, problems);
        Streams(dictionaries, problems);
        Actions(catalog, dictionaries, problems);
        Annotations(dictionaries, problems);
        if (conformance == 'A')
        {
            Structure(catalog, dictionaries, problems);
        }

        return problems;
    }

    // 6.1.2: "%PDF-1.n", then a comment line of at least four bytes above 127, so tools treat the file as binary.
    private static void Header(byte[] pdf, List<string> problems)
    {
        var start = Encoding.Latin1.GetString(pdf, 0, Math.Min(pdf.Length, 20));
        var lines = start.Split('\n');
        if (!lines[0].StartsWith("%PDF-1.", StringComparison.Ordinal) || lines.Length < 2 || lines[1].Length < 5
            || lines[1][0] != '%' || lines[1].Skip(1).Take(4).Any(c => c < 128))
        {
            problems.Add("6.1.2: the header is not %PDF-1.n followed by a comment of four bytes above 127");
        }

        if (Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 1024), Math.Min(1024, pdf.Length)).Contains("/Encrypt", StringComparison.Ordinal))
        {
            problems.Add("6.1.3: the file is encrypted");
        }
    }

    // 6.1.7: stream data in the file itself, with no filter PDF/A forbids.
    private static void Streams(List<PdfDictionary> dictionaries, List<string> problems)
    {
        foreach (var stream in dictionaries.Where(d => d.Stream is not null))
        {
            foreach (var key in new[] { "/F", "/FFilter", "/FDecodeParms" }.Where(stream.Elements.ContainsKey))
            {
                problems.Add($"6.1.7.1: a stream dictionary has the key {key} (external stream data)");
            }

            var filters = Resolve(stream.Elements["/Filter"]) switch
            {
                PdfName name => [name.Value],
                PdfArray array => array.Elements.OfType<PdfName>().Select(n => n.Value).ToList(),
                _ => [],
            };
            foreach (var filter in filters.Where(f => f is "/LZWDecode" or "/Crypt"))
            {
                problems.Add($"6.1.7.2: a stream is encoded with {filter}");
            }
        }
    }

    // 6.6.1 and 6.6.2: no forbidden action, no JavaScript, no additional actions.
    private static void Actions(PdfDictionary catalog, List<PdfDictionary> dictionaries, List<string> problems)
    {
        foreach (var dictionary in dictionaries)
        {
            if (Name(dictionary, "/S") is { } action && ForbiddenActions.Contains(action) && (Name(dictionary, "/Type") is null or "Action"))
            {
                problems.Add($"6.6.1: an action of type {action}");
            }

            if (Name(dictionary, "/S") == "Named" && Name(dictionary, "/N") is not ("NextPage" or "PrevPage" or "FirstPage" or "LastPage"))
            {
                problems.Add("6.6.1: a named action other than NextPage, PrevPage, FirstPage or LastPage");
            }

            foreach (var key in new[] { "/AA", "/JS" }.Where(dictionary.Elements.ContainsKey))
            {
                problems.Add($"6.6.2: a dictionary has the key {key}");
            }
        }

        if (Dictionary(catalog.Elements["/Names"]) is { } names && names.Elements.ContainsKey("/JavaScript"))
        {
            problems.Add("6.6.1: the catalog's name dictionary has JavaScript");
        }
    }

    // 6.3: annotations of permitted types, printed, never hidden.
    private static void Annotations(List<PdfDictionary> dictionaries, List<string> problems)
    {
        foreach (var annotation in dictionaries.Where(d => Name(d, "/Type") == "Annot"))
        {
            var subtype = Name(annotation, "/Subtype");
            if (subtype is "3D" or "Sound" or "Screen" or "Movie")
            {
                problems.Add($"6.3.1: an annotation of type {subtype}");
            }

            var flags = Number(annotation, "/F") ?? 0;
            if ((flags & 4) == 0 || (flags & (1 | 2 | 32 | 256)) != 0)
            {
                problems.Add($"6.3.2: a {subtype} annotation is not set to print, or is hidden (F {flags})");
            }

            if (subtype is not ("Link" or "Popup") && Dictionary(annotation.Elements["/AP"]) is not { } appearance)
            {
                problems.Add($"6.3.3: a {subtype} annotation has no appearance");
            }
        }
    }

    // 6.7 (level A): a tagged file whose structure types are standard or role-mapped to standard ones, with a language.
    private static void Structure(PdfDictionary catalog, List<PdfDictionary> dictionaries, List<string> problems)
    {
        var root = Dictionary(catalog.Elements["/StructTreeRoot"]);
        if (root is null || Dictionary(catalog.Elements["/MarkInfo"])?.Elements.GetBoolean("/Marked") != true)
        {
            problems.Add("6.7.2: the catalog has no structure tree or is not marked");
            return;
        }

        if (StringValue(catalog, "/Lang") is not { Length: > 0 })
        {
            problems.Add("6.7.4: the catalog names no natural language");
        }

        var roles = Dictionary(root.Elements["/RoleMap"]);
        foreach (var type in dictionaries.Where(d => Name(d, "/Type") == "StructElem").Select(e => Name(e, "/S") ?? "").Distinct())
        {
            var mapped = roles is not null ? Name(roles, "/" + type) : null;
            if (!StandardStructureTypes.Contains(type) && (mapped is null || !StandardStructureTypes.Contains(mapped)))
            {
                problems.Add($"6.7.3.4: the structure type {type} is neither standard nor role-mapped to a standard type");
            }
        }
    }
}
