using System.Globalization;
using System.Xml;
using BriefBuilder.Workbooks.Markup;
using BriefBuilder.Workbooks.Opening;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>The number format of each cell style (`cellXfs`), which a cell names by its `s` index.</summary>
internal sealed class CellStyles
{
    private readonly IReadOnlyList<NumberFormat> _formats;

    private CellStyles(IReadOnlyList<NumberFormat> formats) => _formats = formats;

    public static CellStyles Read(PackagePart? part)
    {
        if (part is null)
        {
            return new CellStyles([]);
        }

        // The first list of each is read, as Excel writes only one (ECMA-376 Part 1, 18.8.39 styleSheet).
        var custom = new Dictionary<int, NumberFormat>();
        List<string?>? formatIds = null;
        var customRead = false;
        using var reader = part.ReadXml();
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (!customRead && SpreadsheetMl.Is(reader, SpreadsheetMl.NumberFormats))
            {
                ReadCustom(reader, custom);
                customRead = true;
            }
            else if (formatIds is null && SpreadsheetMl.Is(reader, SpreadsheetMl.CellFormats))
            {
                formatIds = ReadFormatIds(reader);
            }
            else
            {
                reader.Skip();
            }
        }

        var formats = (formatIds ?? []).Select(id => Number(id) is { } n ? custom.GetValueOrDefault(n) ?? BuiltInFormats.Find(n) : NumberFormat.General);
        return new CellStyles([.. formats]);
    }

    /// <summary>The format of a style index; a missing or unknown index is General, as Excel treats it.</summary>
    public NumberFormat Format(string? styleIndex) =>
        Number(styleIndex) is { } index && index < _formats.Count ? _formats[index] : NumberFormat.General;

    private static void ReadCustom(XmlReader reader, Dictionary<int, NumberFormat> custom)
    {
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (SpreadsheetMl.Is(reader, SpreadsheetMl.NumberFormat) && Number(reader.GetAttribute("numFmtId")) is { } id)
            {
                custom[id] = NumberFormat.FromCode(reader.GetAttribute("formatCode") ?? "General");
            }

            reader.Skip();
        }
    }

    // Each cell format's number format ID as written, in order: a cell's `s` is an index into this list.
    private static List<string?> ReadFormatIds(XmlReader reader)
    {
        var ids = new List<string?>();
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (SpreadsheetMl.Is(reader, SpreadsheetMl.CellFormat))
            {
                ids.Add(reader.GetAttribute("numFmtId"));
            }

            reader.Skip();
        }

        return ids;
    }

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
