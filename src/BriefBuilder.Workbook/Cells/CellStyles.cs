using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>The number format of each cell style (`cellXfs`), which a cell names by its `s` index.</summary>
internal sealed class CellStyles
{
    private readonly IReadOnlyList<NumberFormat> _formats;

    private CellStyles(IReadOnlyList<NumberFormat> formats) => _formats = formats;

    public static CellStyles Read(WorkbookStylesPart? part)
    {
        var stylesheet = part?.Stylesheet;
        if (stylesheet is null)
        {
            return new CellStyles([]);
        }

        var custom = new Dictionary<int, NumberFormat>();
        foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (Number(format.NumberFormatId?.InnerText) is { } id)
            {
                custom[id] = NumberFormat.FromCode(format.FormatCode?.Value ?? "General");
            }
        }

        var formats = (stylesheet.CellFormats?.Elements<CellFormat>() ?? [])
            .Select(xf => Number(xf.NumberFormatId?.InnerText) is { } id
                ? custom.GetValueOrDefault(id) ?? BuiltInFormats.Find(id)
                : NumberFormat.General)
            .ToList();
        return new CellStyles(formats);
    }

    /// <summary>The format of a style index; a missing or unknown index is General, as Excel treats it.</summary>
    public NumberFormat Format(string? styleIndex) =>
        Number(styleIndex) is { } index && index < _formats.Count ? _formats[index] : NumberFormat.General;

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
