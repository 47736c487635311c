using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefBuilder.Robustness.Tests.Fuzzing;

/// <summary>Makes a mutant of a valid workbook: bytes inside its zip entries, its XML structure (elements dropped,
/// doubled, nested, cut short), cell values, types and references, and the zip itself (entries dropped or doubled,
/// bytes of the file changed). Each mutant is one to three such changes, chosen by the random source alone.</summary>
internal sealed partial class WorkbookMutator(Random random)
{
    private static readonly string[] Elements = ["row", "c", "si", "mergeCell", "col", "sheet", "Relationship", "xf", "numFmt", "v", "t", "r"];

    public byte[] Mutate(IReadOnlyList<(string Name, byte[] Bytes)> original)
    {
        var parts = original.Select(p => (p.Name, p.Bytes)).ToList();
        var changes = 1 + random.Next(3);
        var wholeFile = false;
        for (var i = 0; i < changes; i++)
        {
            switch (random.Next(11))
            {
                case 0: FlipBytes(parts); break;
                case 1: Truncate(parts); break;
                case 2: EditXml(parts, DuplicateElement); break;
                case 3: EditXml(parts, DeleteElement); break;
                case 4: EditXml(parts, ChangeAttribute); break;
                case 5: EditXml(parts, ChangeText); break;
                case 6: EditXml(parts, Nest); break;
                case 7: EditXml(parts, ChangeType); break;
                case 8: DropOrDoubleEntry(parts); break;
                case 9: EditXml(parts, AddMerge); break;
                default: wholeFile = true; break;
            }
        }

        var zip = Zip(parts);
        return wholeFile ? FlipFileBytes(zip) : zip;
    }

    public static List<(string Name, byte[] Bytes)> Unzip(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (e.FullName, copy.ToArray());
        })];
    }

    private static byte[] Zip(List<(string Name, byte[] Bytes)> parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in parts)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    private int PartIndex(List<(string Name, byte[] Bytes)> parts) => random.Next(parts.Count);

    private void FlipBytes(List<(string Name, byte[] Bytes)> parts)
    {
        var index = PartIndex(parts);
        var bytes = (byte[])parts[index].Bytes.Clone();
        for (var n = 1 + random.Next(8); n > 0 && bytes.Length > 0; n--)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        parts[index] = (parts[index].Name, bytes);
    }

    private void Truncate(List<(string Name, byte[] Bytes)> parts)
    {
        var index = PartIndex(parts);
        parts[index] = (parts[index].Name, parts[index].Bytes[..random.Next(parts[index].Bytes.Length + 1)]);
    }

    private void DropOrDoubleEntry(List<(string Name, byte[] Bytes)> parts)
    {
        var index = PartIndex(parts);
        if (random.Next(2) == 0)
        {
            parts.RemoveAt(index);
        }
        else
        {
            parts.Add(parts[index]);
        }
    }

    private byte[] FlipFileBytes(byte[] file)
    {
        var bytes = (byte[])file.Clone();
        for (var n = 1 + random.Next(4); n > 0; n--)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return bytes;
    }

    // Edits one XML part's text; parts that are not XML are left alone.
    private void EditXml(List<(string Name, byte[] Bytes)> parts, Func<string, string> edit)
    {
        var xml = parts.Select((p, i) => (p.Name, Index: i)).Where(p => p.Name.EndsWith(".xml", StringComparison.Ordinal) || p.Name.EndsWith(".rels", StringComparison.Ordinal)).ToList();
        if (xml.Count == 0)
        {
            return;
        }

        // Sheets and shared strings hold the data: they are edited most.
        var preferred = xml.Where(p => p.Name.Contains("sheet", StringComparison.Ordinal) || p.Name.Contains("sharedStrings", StringComparison.Ordinal)).ToList();
        var (name, index) = random.Next(4) > 0 && preferred.Count > 0 ? Interesting.Pick(random, preferred) : Interesting.Pick(random, xml);
        parts[index] = (name, Encoding.UTF8.GetBytes(edit(Encoding.UTF8.GetString(parts[index].Bytes))));
    }

    private string DuplicateElement(string xml) => OnElement(xml, m => m.Value + string.Concat(Enumerable.Repeat(m.Value, 1 + random.Next(3))));

    private string DeleteElement(string xml) => OnElement(xml, _ => string.Empty);

    private string Nest(string xml) => OnElement(xml, m =>
    {
        var depth = random.Next(2) == 0 ? 10 : 100;
        return string.Concat(Enumerable.Repeat("<x:n xmlns:x=\"urn:n\">", depth)) + m.Value + string.Concat(Enumerable.Repeat("</x:n>", depth));
    });

    private string OnElement(string xml, Func<Match, string> replace)
    {
        var name = Interesting.Pick(random, Elements);
        var matches = ElementPattern(name).Matches(xml);
        if (matches.Count == 0)
        {
            return xml;
        }

        var match = matches[random.Next(matches.Count)];
        return string.Concat(xml.AsSpan(0, match.Index), replace(match), xml.AsSpan(match.Index + match.Length));
    }

    private string ChangeAttribute(string xml)
    {
        var matches = Attribute().Matches(xml);
        if (matches.Count == 0)
        {
            return xml;
        }

        var match = matches[random.Next(matches.Count)];
        var name = match.Groups["name"].Value;
        var value = name switch
        {
            "r" or "ref" or "sqref" => Interesting.Pick(random, Interesting.References),
            "t" => Interesting.Pick(random, Interesting.Types),
            _ => Interesting.Pick(random, Interesting.Numbers),
        };
        return string.Concat(xml.AsSpan(0, match.Index), $"{name}=\"{value}\"", xml.AsSpan(match.Index + match.Length));
    }

    private string ChangeText(string xml)
    {
        var matches = TextOrValue().Matches(xml);
        if (matches.Count == 0)
        {
            return xml;
        }

        var match = matches[random.Next(matches.Count)];
        var text = match.Groups["tag"].Value == "v" && random.Next(2) == 0 ? Interesting.Pick(random, Interesting.Numbers) : Interesting.Pick(random, Interesting.Texts);
        var inner = match.Groups["inner"];
        return string.Concat(xml.AsSpan(0, inner.Index), text, xml.AsSpan(inner.Index + inner.Length));
    }

    private string ChangeType(string xml)
    {
        var matches = CellStart().Matches(xml);
        if (matches.Count == 0)
        {
            return xml;
        }

        var match = matches[random.Next(matches.Count)];
        return string.Concat(xml.AsSpan(0, match.Index + match.Length), $" t=\"{Interesting.Pick(random, Interesting.Types)}\"", xml.AsSpan(match.Index + match.Length));
    }

    private string AddMerge(string xml)
    {
        var end = xml.LastIndexOf("</worksheet>", StringComparison.Ordinal);
        if (end < 0)
        {
            return xml;
        }

        var merge = $"<mergeCells><mergeCell ref=\"{Interesting.Pick(random, Interesting.References)}:{Interesting.Pick(random, Interesting.References)}\"/></mergeCells>";
        return string.Concat(xml.AsSpan(0, end), merge, xml.AsSpan(end));
    }

    private static readonly Dictionary<string, Regex> OtherElements = Elements.ToDictionary(
        name => name,
        name => new Regex($"<(\\w+:)?{name}\\b[^>]*?(/>|>.*?</(\\w+:)?{name}>)", RegexOptions.Singleline));

    private static Regex ElementPattern(string name) => name switch
    {
        "row" => Row(),
        "c" => CellElement(),
        "si" => StringItem(),
        _ => OtherElements[name],
    };

    [GeneratedRegex("<(\\w+:)?row\\b[^>]*?(/>|>.*?</(\\w+:)?row>)", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<(\\w+:)?c\\b[^>]*?(/>|>.*?</(\\w+:)?c>)", RegexOptions.Singleline)]
    private static partial Regex CellElement();

    [GeneratedRegex("<(\\w+:)?si\\b[^>]*?(/>|>.*?</(\\w+:)?si>)", RegexOptions.Singleline)]
    private static partial Regex StringItem();

    [GeneratedRegex("\\b(?<name>r|t|s|ref|min|max|hidden|Id|Target|numFmtId|date1904|state)=\"[^\"]*\"")]
    private static partial Regex Attribute();

    [GeneratedRegex("<(\\w+:)?(?<tag>t|v)\\b[^>]*>(?<inner>[^<]*)<")]
    private static partial Regex TextOrValue();

    [GeneratedRegex("<(\\w+:)?c\\b")]
    private static partial Regex CellStart();
}
