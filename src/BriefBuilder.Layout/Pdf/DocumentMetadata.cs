using System.Globalization;
using BriefBuilder.Layout.Document;
using PdfSharp.Pdf;

namespace BriefBuilder.Layout.Pdf;

/// <summary>The document information dictionary from the caller's metadata. Dates are written as given (ISO 32000-1
/// 7.9.4, with the caller's offset), never from the clock or the machine's time zone, so output is reproducible.</summary>
internal static class DocumentMetadata
{
    public static void Apply(PdfDocument pdf, DocumentInfo info)
    {
        pdf.Info.Title = info.Title;
        if (info.Author is { } author)
        {
            pdf.Info.Author = author;
        }

        if (info.Subject is { } subject)
        {
            pdf.Info.Subject = subject;
        }

        if (info.Keywords is { } keywords)
        {
            pdf.Info.Keywords = keywords;
        }

        pdf.Info.Creator = "BriefBuilder";
        pdf.Info.CreationDate = info.CreationDate.UtcDateTime;
        pdf.Info.ModificationDate = info.CreationDate.UtcDateTime;
        pdf.Info.Elements.SetString("/CreationDate", PdfDate(info.CreationDate));
        pdf.Info.Elements.SetString("/ModDate", PdfDate(info.CreationDate));
        pdf.Internals.Catalog.Language = info.Language;
    }

    public static string PdfDate(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"D:{date:yyyyMMddHHmmss}{sign}{abs.Hours:00}'{abs.Minutes:00}'");
    }
}
