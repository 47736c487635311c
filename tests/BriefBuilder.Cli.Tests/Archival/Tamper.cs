using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using static BriefBuilder.Layout.Tests.Conformance.PdfA.PdfObjects;

namespace BriefBuilder.Cli.Tests.Archival;

/// <summary>Changes a snapshot the way a forger or an accident would: an embedded file's content replaced (through
/// PDFsharp, which rewrites the file) or one byte changed in place.</summary>
internal static class Tamper
{
    /// <summary>The PDF with the embedded files of these names holding other bytes; names and descriptions unchanged.</summary>
    public static byte[] Replace(byte[] pdf, IReadOnlyDictionary<string, byte[]> contents)
    {
        var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Modify);
        var tree = Dictionary(Dictionary(document.Internals.Catalog.Elements["/Names"])!.Elements["/EmbeddedFiles"])!;
        var names = Array(tree.Elements["/Names"])!;
        for (var i = 0; i + 1 < names.Elements.Count; i += 2)
        {
            var name = ((PdfString)Resolve(names.Elements[i])!).Value;
            if (!contents.TryGetValue(name, out var bytes))
            {
                continue;
            }

            var stream = Dictionary(Dictionary(Dictionary(names.Elements[i + 1])!.Elements["/EF"])!.Elements["/F"])!;
            stream.Elements.Remove("/Filter");
            stream.Elements.Remove("/DecodeParms");
            stream.Stream!.Value = bytes;
        }

        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    /// <summary>A copy of the PDF with one byte changed where <paramref name="text"/> first occurs; returns the offset.</summary>
    public static (byte[] Pdf, int Offset) ChangeOneByte(byte[] pdf, string text)
    {
        var at = pdf.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(text));
        Assert.True(at >= 0, $"'{text}' is not in the file");
        var changed = (byte[])pdf.Clone();
        changed[at] ^= 0x20;
        return (changed, at);
    }
}
