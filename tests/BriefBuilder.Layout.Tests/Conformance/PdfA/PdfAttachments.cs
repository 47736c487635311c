using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using static BriefBuilder.Layout.Tests.Conformance.PdfA.PdfObjects;

namespace BriefBuilder.Layout.Tests.Conformance.PdfA;

/// <summary>A file embedded in a PDF, as its objects describe it, read back by PDFsharp.</summary>
internal sealed record PdfAttachment(string Name, string? Relationship, string? MimeType, DateTimeOffset? Modified, long? Size, byte[]? CheckSum, byte[] Data);

/// <summary>Reads the EmbeddedFiles name tree of a PDF, in the tree's order.</summary>
internal static class PdfAttachments
{
    public static IReadOnlyList<PdfAttachment> Read(byte[] pdf)
    {
        var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var tree = Dictionary(Dictionary(document.Internals.Catalog.Elements["/Names"])?.Elements["/EmbeddedFiles"]);
        var names = Array(tree?.Elements["/Names"])?.Elements.ToList() ?? [];
        var attachments = new List<PdfAttachment>();
        for (var i = 0; i + 1 < names.Count; i += 2)
        {
            var spec = Dictionary(names[i + 1])!;
            var stream = Dictionary(Dictionary(spec.Elements["/EF"])?.Elements["/F"])!;
            var parameters = Dictionary(stream.Elements["/Params"]);
            var checkSum = parameters is null ? null : Resolve(parameters.Elements["/CheckSum"]) as PdfString;
            attachments.Add(new PdfAttachment(
                ((PdfString)Resolve(names[i])!).Value,
                Name(spec, "/AFRelationship"),
                Name(stream, "/Subtype"),
                parameters is null ? null : PdfDate(StringValue(parameters, "/ModDate")),
                parameters is null ? null : Number(parameters, "/Size"),
                checkSum is null ? null : [.. checkSum.Value.Select(c => (byte)c)],
                stream.Stream!.UnfilteredValue));
        }

        return attachments;
    }
}
