using System.Xml;
using BriefBuilder.Workbooks.Markup;
using BriefBuilder.Workbooks.Opening;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>The workbook-wide parts every sheet needs: the sheet list, the date system, shared strings and styles.</summary>
internal sealed class WorkbookParts
{
    private WorkbookParts(IReadOnlyList<WorkbookSheet> sheets, bool date1904, CellReader cells)
    {
        Sheets = sheets;
        Date1904 = date1904;
        Cells = cells;
    }

    /// <summary>Sheets in tab order.</summary>
    public IReadOnlyList<WorkbookSheet> Sheets { get; }

    public bool Date1904 { get; }

    public CellReader Cells { get; }

    public static WorkbookParts Read(WorkbookPackage package, ReadLimits limits)
    {
        var workbook = PartLinks.First(package, null, PartLinks.OfficeDocument) ?? throw new InvalidDataException("the workbook part is missing");
        var (listed, date1904) = ReadWorkbook(workbook);
        var sheets = listed
            .Select(sheet => new WorkbookSheet(
                sheet.Name,
                sheet.Hidden,
                sheet.Id is { } id ? PartLinks.ById(package, workbook, id, PartLinks.Worksheet) : null))
            .ToList();
        var strings = SharedStrings.Read(PartLinks.First(package, workbook, PartLinks.SharedStrings), limits);
        var styles = CellStyles.Read(PartLinks.First(package, workbook, PartLinks.Styles));
        return new WorkbookParts(sheets, date1904, new CellReader(strings, styles, limits));
    }

    // The workbook part lists the sheets in tab order and says which date system serials count in (ECMA-376 Part 1,
    // 18.2.27 workbook); the first `sheets` and `workbookPr` are read, as Excel writes only one.
    private static (List<ListedSheet> Sheets, bool Date1904) ReadWorkbook(PackagePart part)
    {
        List<ListedSheet>? sheets = null;
        string? date1904 = null;
        var propertiesRead = false;
        using var reader = part.ReadXml();
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (!propertiesRead && SpreadsheetMl.Is(reader, SpreadsheetMl.WorkbookProperties))
            {
                date1904 = reader.GetAttribute("date1904");
                propertiesRead = true;
                reader.Skip();
            }
            else if (sheets is null && SpreadsheetMl.Is(reader, SpreadsheetMl.Sheets))
            {
                sheets = ReadSheets(reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return (sheets ?? [], date1904 is "1" or "true");
    }

    private static List<ListedSheet> ReadSheets(XmlReader reader)
    {
        var sheets = new List<ListedSheet>();
        for (var more = ChildElements.First(reader); more; more = ChildElements.Next(reader))
        {
            if (SpreadsheetMl.Is(reader, SpreadsheetMl.Sheet))
            {
                sheets.Add(new ListedSheet(
                    reader.GetAttribute("name") ?? string.Empty,
                    reader.GetAttribute("state") is "hidden" or "veryHidden",
                    SpreadsheetMl.RelationshipId(reader)));
            }

            reader.Skip();
        }

        return sheets;
    }

    private sealed record ListedSheet(string Name, bool Hidden, string? Id);
}
