using System.Globalization;
using System.Text;

namespace BriefBuilder.Layout.Pdf;

/// <summary>A PDF file as PDFsharp writes it (one classic cross-reference table, objects in order), cut into its
/// header, objects and trailer so objects can be rewritten and the cross-reference table rebuilt. Objects are slices
/// of the file until one is replaced, so cutting a file up copies nothing.</summary>
internal sealed class RawPdf
{
    private RawPdf(ReadOnlyMemory<byte> header, List<(int Number, ReadOnlyMemory<byte> Bytes)> objects, string trailer)
    {
        Header = header;
        Objects = objects;
        Trailer = trailer;
    }

    public ReadOnlyMemory<byte> Header { get; }

    /// <summary>Each object from "N 0 obj" to the end of its "endobj" line, in file order.</summary>
    public List<(int Number, ReadOnlyMemory<byte> Bytes)> Objects { get; }

    /// <summary>The trailer dictionary and anything PDFsharp writes after it, up to "startxref".</summary>
    public string Trailer { get; set; }

    public static RawPdf Parse(ReadOnlyMemory<byte> file)
    {
        var pdf = file.Span;
        var startxref = pdf.LastIndexOf("startxref"u8);
        var xrefAt = int.Parse(Latin1(pdf[(startxref + 9)..]).Trim().Split('\n')[0].Trim(), CultureInfo.InvariantCulture);
        var trailerAt = xrefAt + pdf[xrefAt..].IndexOf("trailer"u8);
        var lines = Latin1(pdf[xrefAt..trailerAt]).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var offsets = new List<(int Number, int Offset)>(lines.Length);
        var number = 0;
        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split(' ');
            if (parts.Length == 2)
            {
                number = int.Parse(parts[0], CultureInfo.InvariantCulture);
                continue;
            }

            if (parts.Length == 3 && parts[2] == "n")
            {
                offsets.Add((number, int.Parse(parts[0], CultureInfo.InvariantCulture)));
            }

            number++;
        }

        offsets.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var objects = new List<(int, ReadOnlyMemory<byte>)>(offsets.Count);
        for (var i = 0; i < offsets.Count; i++)
        {
            var end = i + 1 < offsets.Count ? offsets[i + 1].Offset : xrefAt;
            objects.Add((offsets[i].Number, file[offsets[i].Offset..end]));
        }

        var header = file[..(offsets.Count > 0 ? offsets[0].Offset : xrefAt)];
        return new RawPdf(header, objects, Latin1(pdf[(trailerAt + "trailer\n".Length)..startxref]));
    }

    /// <summary>The file with a new cross-reference table, in an array of exactly its size (the table is built from the
    /// objects' lengths first, so nothing is copied twice); also where each object starts in it.</summary>
    public (byte[] File, int[] Starts) Write()
    {
        var starts = new int[Objects.Count];
        var offsets = new SortedDictionary<int, int>();
        var at = Header.Length;
        for (var i = 0; i < Objects.Count; i++)
        {
            starts[i] = at;
            offsets[Objects[i].Number] = at;
            at += Objects[i].Bytes.Length;
        }

        var xref = at;
        var size = offsets.Count == 0 ? 1 : offsets.Keys.Max() + 1;
        var table = new StringBuilder(20 * (size + 1));
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n0000000000 65535 f\r\n");
        for (var n = 1; n < size; n++)
        {
            table.Append(offsets.TryGetValue(n, out var offset)
                ? string.Create(CultureInfo.InvariantCulture, $"{offset:0000000000} 00000 n\r\n")
                : "0000000000 65535 f\r\n");
        }

        table.Append("trailer\n").Append(Trailer).Append(CultureInfo.InvariantCulture, $"startxref\n{xref}\n%%EOF\n");
        var tail = table.ToString();
        var file = new byte[xref + Encoding.Latin1.GetByteCount(tail)];
        Header.Span.CopyTo(file);
        for (var i = 0; i < Objects.Count; i++)
        {
            Objects[i].Bytes.Span.CopyTo(file.AsSpan(starts[i]));
        }

        Encoding.Latin1.GetBytes(tail, file.AsSpan(xref));
        return (file, starts);
    }

    private static string Latin1(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);
}
