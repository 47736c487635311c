using System.Globalization;
using System.Text;

namespace BriefBuilder.Layout.Pdf;

/// <summary>A PDF file as PDFsharp writes it (one classic cross-reference table, objects in order), cut into its
/// header, objects and trailer so objects can be rewritten and the cross-reference table rebuilt.</summary>
internal sealed class RawPdf
{
    private RawPdf(byte[] header, List<(int Number, byte[] Bytes)> objects, string trailer)
    {
        Header = header;
        Objects = objects;
        Trailer = trailer;
    }

    public byte[] Header { get; }

    /// <summary>Each object from "N 0 obj" to the end of its "endobj" line, by object number.</summary>
    public List<(int Number, byte[] Bytes)> Objects { get; }

    /// <summary>The trailer dictionary and anything PDFsharp writes after it, up to "startxref".</summary>
    public string Trailer { get; set; }

    public static RawPdf Parse(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startxref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var xrefAt = int.Parse(text.AsSpan(startxref + 9).Trim().ToString().Split('\n')[0].Trim(), CultureInfo.InvariantCulture);
        var trailerAt = text.IndexOf("trailer", xrefAt, StringComparison.Ordinal);
        var lines = text[xrefAt..trailerAt].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var offsets = new List<(int Number, int Offset)>();
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
        var objects = new List<(int, byte[])>();
        for (var i = 0; i < offsets.Count; i++)
        {
            var end = i + 1 < offsets.Count ? offsets[i + 1].Offset : xrefAt;
            objects.Add((offsets[i].Number, pdf[offsets[i].Offset..end]));
        }

        var header = pdf[..(offsets.Count > 0 ? offsets[0].Offset : xrefAt)];
        return new RawPdf(header, objects, text[(trailerAt + "trailer\n".Length)..startxref]);
    }

    public byte[] Write()
    {
        var output = new MemoryStream();
        output.Write(Header);
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, bytes) in Objects)
        {
            offsets[number] = output.Position;
            output.Write(bytes);
        }

        var xref = output.Position;
        var size = offsets.Count == 0 ? 1 : offsets.Keys.Max() + 1;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n0000000000 65535 f\r\n");
        for (var n = 1; n < size; n++)
        {
            table.Append(offsets.TryGetValue(n, out var at)
                ? string.Create(CultureInfo.InvariantCulture, $"{at:0000000000} 00000 n\r\n")
                : "0000000000 65535 f\r\n");
        }

        table.Append("trailer\n").Append(Trailer).Append(CultureInfo.InvariantCulture, $"startxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(table.ToString()));
        return output.ToArray();
    }
}
