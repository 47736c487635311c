using System.Globalization;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace BriefBuilder.Layout.Tests.Conformance.PdfA;

/// <summary>Walks a PDF read by PDFsharp: every dictionary in it (indirect ones and those nested inside them), and the
/// few typed reads the PDF/A checks need.</summary>
internal static class PdfObjects
{
    public static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;

    public static PdfDictionary? Dictionary(PdfItem? item) => Resolve(item) as PdfDictionary;

    public static PdfArray? Array(PdfItem? item) => Resolve(item) as PdfArray;

    /// <summary>A name's value without its slash, or null when the key holds no name.</summary>
    public static string? Name(PdfDictionary dictionary, string key) =>
        Resolve(dictionary.Elements[key]) is PdfName name ? name.Value.TrimStart('/') : null;

    public static string? StringValue(PdfDictionary dictionary, string key) => Resolve(dictionary.Elements[key]) switch
    {
        PdfString s => s.Value,
        PdfDate d => d.ToString(),
        _ => null,
    };

    public static long? Number(PdfDictionary dictionary, string key) => Resolve(dictionary.Elements[key]) switch
    {
        PdfInteger i => i.Value,
        PdfLongInteger l => l.Value,
        PdfReal r => (long)r.Value,
        _ => null,
    };

    /// <summary>Every dictionary of the document, each once: the indirect objects and the dictionaries written inside them.</summary>
    public static IEnumerable<PdfDictionary> AllDictionaries(PdfDocument document)
    {
        var seen = new HashSet<PdfItem>(ReferenceEqualityComparer.Instance);
        foreach (var indirect in document.Internals.GetAllObjects())
        {
            foreach (var dictionary in Nested(indirect, seen))
            {
                yield return dictionary;
            }
        }
    }

    /// <summary>A PDF date (D:YYYYMMDDHHmmSS+HH'mm', 7.9.4) as an instant, or null when it is not one.</summary>
    public static DateTimeOffset? PdfDate(string? text)
    {
        if (text is null || !text.StartsWith("D:", StringComparison.Ordinal) || text.Length < 16)
        {
            return null;
        }

        var digits = text[2..16];
        var offset = text.Length >= 22 && text[16] is '+' or '-'
            ? TimeSpan.ParseExact(text.Substring(17, 2) + ":" + text.Substring(20, 2), @"hh\:mm", CultureInfo.InvariantCulture) * (text[16] == '-' ? -1 : 1)
            : TimeSpan.Zero;
        return DateTime.TryParseExact(digits, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, offset)
            : null;
    }

    private static IEnumerable<PdfDictionary> Nested(PdfItem item, HashSet<PdfItem> seen)
    {
        if (!seen.Add(item))
        {
            yield break;
        }

        IEnumerable<PdfItem> children = item switch
        {
            PdfDictionary d => d.Elements.Values.OfType<PdfItem>(),
            PdfArray a => a.Elements,
            _ => [],
        };
        if (item is PdfDictionary dictionary)
        {
            yield return dictionary;
        }

        foreach (var child in children.Where(c => c is PdfDictionary or PdfArray))
        {
            foreach (var nested in Nested(child, seen))
            {
                yield return nested;
            }
        }
    }
}
