using System.Xml;

namespace BriefBuilder.Workbooks.Markup;

/// <summary>The SpreadsheetML elements the reader looks at, in the Transitional and the Strict namespace alike
/// (ECMA-376 Part 1, 18; Strict is the same markup under other namespace names).</summary>
internal static class SpreadsheetMl
{
    public const string Namespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string StrictNamespace = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string StrictRelationshipsNamespace = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    // Workbook part (18.2).
    public const string Sheets = "sheets";
    public const string Sheet = "sheet";
    public const string WorkbookProperties = "workbookPr";

    // Shared strings and inline strings (18.4): an item's text, its runs and their text.
    public const string StringItem = "si";
    public const string Text = "t";
    public const string Run = "r";

    // Styles (18.8): custom number formats and the cell formats that use them.
    public const string NumberFormats = "numFmts";
    public const string NumberFormat = "numFmt";
    public const string CellFormats = "cellXfs";
    public const string CellFormat = "xf";

    // Worksheet (18.3).
    public const string Columns = "cols";
    public const string Column = "col";
    public const string SheetData = "sheetData";
    public const string Row = "row";
    public const string Cell = "c";
    public const string Value = "v";
    public const string Formula = "f";
    public const string InlineString = "is";
    public const string MergeCells = "mergeCells";
    public const string MergeCell = "mergeCell";

    private static readonly string[] Names =
    [
        Namespace, StrictNamespace, RelationshipsNamespace, StrictRelationshipsNamespace,
        Sheets, Sheet, WorkbookProperties, StringItem, Text, Run, NumberFormats, NumberFormat, CellFormats, CellFormat,
        Columns, Column, SheetData, Row, Cell, Value, Formula, InlineString, MergeCells, MergeCell,
    ];

    /// <summary>A name table that already holds these names, so the reader hands back these very strings and
    /// comparing a name against them is a reference check.</summary>
    public static XmlNameTable NameTable()
    {
        var table = new NameTable();
        foreach (var name in Names)
        {
            table.Add(name);
        }

        return table;
    }

    /// <summary>Whether the reader is on the SpreadsheetML element of this local name.</summary>
    public static bool Is(XmlReader reader, string localName) =>
        reader.NodeType == XmlNodeType.Element && reader.LocalName == localName && reader.NamespaceURI is Namespace or StrictNamespace;

    /// <summary>The relationship ID of the current element (`r:id`), in either namespace.</summary>
    public static string? RelationshipId(XmlReader reader) =>
        reader.GetAttribute("id", RelationshipsNamespace) ?? reader.GetAttribute("id", StrictRelationshipsNamespace);
}
