using BriefBuilder.Diagnostics;
using BriefBuilder.Tests.Shared;
using BriefBuilder.Validation;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Tests.TestWorkbooks;

/// <summary>Writes tests/workbooks/messy.xlsx: a workbook with one planted problem of each kind, and the list of
/// (sheet, cell, code) that check must report for it. Regenerate the committed file with BRIEFBUILDER_APPROVE=1.</summary>
internal static class MessyWorkbook
{
    public static string CommittedPath => RepositoryFiles.Path("tests", "workbooks", "messy.xlsx");

    /// <summary>Every planted problem: the sheet (null for the file), the cell (null for a whole sheet) and the code.</summary>
    public static IReadOnlyList<(string? Sheet, string? Cell, DiagnosticCode Code)> Expected { get; } =
    [
        ("Brief", "A3", WorkbookCodes.UnknownColumn),           // "Titel" is not a Brief field
        ("Brief", "A4", WorkbookCodes.DuplicateColumn),         // Title given twice
        ("Claims", "J2", WorkbookCodes.UnknownColumn),          // "Reviewer" column
        ("Claims", "K2", WorkbookCodes.DuplicateColumn),        // a second Quote column
        ("Claims", "L2", WorkbookCodes.HiddenColumn),           // Notes column hidden
        ("Claims", "B4", WorkbookCodes.BadDate),                // "5 Oct 2023" is not EDTF
        ("Claims", "B5", WorkbookCodes.ErrorValue),             // #N/A from a formula
        ("Claims", "A6", ValidationCodes.DuplicateId),          // "c1" repeats C1
        ("Claims", "E7", ValidationCodes.UnknownReference),     // stance "maybe"
        ("Claims", "H7", ValidationCodes.UnknownReference),     // source S99
        ("Claims", "C8", ValidationCodes.UnknownReference),     // speaker P9
        ("Claims", "D9", WorkbookCodes.MissingValue),           // neither speaker nor institution
        ("Claims", "D10", ValidationCodes.UnknownReference),    // institution I9
        ("Claims", "I11", ValidationCodes.DraftClaim),          // status draft
        ("Claims", "I12", WorkbookCodes.BadChoice),             // status "pending"
        ("Claims", "F13", WorkbookCodes.MissingValue),          // no summary
        ("Claims", "H13", WorkbookCodes.MissingValue),          // no sources
        ("Claims", "H14", WorkbookCodes.MergedCells),           // S2 merged over H14:H15
        ("Claims", "A16", WorkbookCodes.HiddenRows),            // row 16 hidden
        ("Claims", "B17", WorkbookCodes.BadDate),               // Excel serial 60, 1900-02-29
        ("Claims", "B18", WorkbookCodes.BadDate),               // a time of day only
        ("Claims", "G19", WorkbookCodes.UncalculatedFormula),   // formula saved without a value
        ("Claims", "M19", WorkbookCodes.UnknownColumn),         // a value under no header
        ("People", "B3", ValidationCodes.NearDuplicateName),    // Ana Kovacevic ~ Ana Kovačević
        ("People", "A3", ValidationCodes.PersonWithoutClaims),  // P2 says nothing
        ("People", "B4", ValidationCodes.NearDuplicateName),    // Ana Kovacevice ~ Ana Kovačević
        ("People", "D5", ValidationCodes.UnknownReference),     // institution I42
        ("Institutions", "D3", ValidationCodes.ParentCycle),    // I2 -> I3 -> I2
        ("Institutions", "E5", ValidationCodes.BadUrl),         // ftp://
        ("Institutions", "C6", WorkbookCodes.BadChoice),        // type "blog"
        ("Institutions", "E6", ValidationCodes.BadUrl),         // no scheme
        ("Sources", "F4", ValidationCodes.UndatedWebSource),    // web page, no date, no accessed date
        ("Sources", "A5", ValidationCodes.UnusedSource),        // S4 cited by nothing
        ("Sources", "G6", ValidationCodes.BadUrl),              // javascript:
        ("Sources", "H6", WorkbookCodes.BadDate),               // accessed "yesterday"
        ("Events", null, WorkbookCodes.HiddenSheet),            // the Events sheet is hidden
        ("Events", "C3", WorkbookCodes.MissingValue),           // an event without a title
        ("Stances", "C3", WorkbookCodes.BadColor),              // "red"
        ("Stances", "D3", WorkbookCodes.BadNumber),             // order "first"
        ("Scratch", null, WorkbookCodes.UnknownSheet),          // a sheet the schema does not know
    ];

    public static TestWorkbook Build()
    {
        var workbook = new TestWorkbook();
        workbook.AddSheet("Brief")
            .Row("Field", "Value")
            .Row("Title", "A messy dossier")
            .Row("Titel", "A typo")
            .Row("Title", "Given twice");

        // Row 1 is left empty: the header row is the first non-empty row.
        workbook.AddSheet("Claims")
            .RowAt(2, "Claim ID", "Date", "Speaker", "Institution", "Stance", "Summary", "Quote", "Sources", "Status", "Reviewer", "Quote", "Notes")
            .Row("C1", new NumberCell(45204, "d-mmm-yy"), "P1", null, "support", "Backed the plan.", null, "S1", "verified", "Ana", null, "seen")
            .Row("C2", "5 Oct 2023", "P1", null, "support", "Backed it again.", null, "S5", "verified")
            .Row("C3", new ErrorCell("#N/A"), "P1", null, "support", "Looked up by formula.", null, "S1", "verified")
            .Row("c1", "2023-10-06", "P1", null, "support", "Same ID as C1.", null, "S1", "verified")
            .Row("C5", "2023-10-07", "P1", null, "maybe", "Unknown stance and source.", null, "S99", "verified")
            .Row("C6", "2023-10-08", "P9", null, "support", "Unknown speaker.", null, "S1", "verified")
            .Row("C7", "2023-10-09", null, null, "oppose", "Nobody speaks.", null, "S1", "verified")
            .Row("C8", "2023-10-10", null, "I9", "oppose", "Unknown institution.", null, "S1", "verified")
            .Row("C9", "2023-10", "P1", null, "oppose", "Not yet checked.", null, "S1", "draft")
            .Row("C10", "2023", "P1", null, "oppose", "Odd status.", null, "S1", "pending")
            .Row("C11", 2023, "P1", null, "oppose", null, null, null, "verified")
            .Row("C12", "2023-11-01", "P3", null, "support", "First of a merged pair.", null, "S2", "verified")
            .Row("C13", "2023-11-02", "P4", "I1", "support", "Second of a merged pair.", null, null, "verified")
            .Row("C14", "2023-11-03", "P1", null, "support", "On a hidden row.", null, "S1", "verified")
            .Row("C15", new NumberCell(60, BuiltInFormat: 14), "P1", null, "support", "Excel's phantom leap day.", null, "S1", "verified")
            .Row("C16", new NumberCell(0.5, "h:mm"), "P1", null, "support", "Only a time.", null, "S1", "verified")
            .Row("C17", "2023-12-01", "P1", null, "support", new FormulaCell("CONCAT(\"By \",\"formula\")", "By formula", TextResult: true), new FormulaCell("A1", null), "S1", "verified", null, null, null, "stray")
            .Merge("H14:H15")
            .HideRow(16)
            .HideColumn(12);

        workbook.AddSheet("People")
            .Row("ID", "Name", "Role", "Institution", "Country")
            .Row("P1", "Ana Kovačević", "Minister", "I1", "Exampleland")
            .Row("P2", "Ana Kovacevic", "Minister", "I1", "Exampleland")
            .Row("P3", "Ana Kovacevice", "Adviser", "I1", "Exampleland")
            .Row("P4", "Marko Petrović", "Director", "I42", "Exampleland");
        workbook.AddSheet("Institutions")
            .Row("ID", "Name", "Type", "Parent", "URL")
            .Row("I1", "Ministry of Examples", "government", null, "https://example.org")
            .Row("I2", "Water Agency", "government", "I3", null)
            .Row("I3", "Canal Authority", "government", "I2", null)
            .Row("I4", "Example Institute", "Think tank", null, "ftp://example.org/files")
            .Row("I5", "Example Observatory", "blog", null, "example.org/observatory");
        workbook.AddSheet("Sources")
            .Row("ID", "Type", "Authors", "Title", "Container", "Date", "URL", "Accessed")
            .Row("S1", "article", "Kovačević, Ana", "On the plan", "Example Journal", new NumberCell(45200, BuiltInFormat: 14), "https://example.org/a", null)
            .Row("S2", "news", "Example News", "Plan news", "Example News", new NumberCell(45231, "mmm-yy"), "https://example.org/n", null)
            .Row("S3", "web", null, "An undated page", "Example site", null, "https://example.org/w", null)
            .Row("S4", "report", "Example Agency", "Unused report", null, "2022", "https://example.org/r", null)
            .Row("S5", "statement", "Ministry of Examples", "A statement", null, "2023-10-05", "javascript:alert(1)", "yesterday");
        workbook.AddSheet("Events")
            .Row("ID", "Date", "Title", "Sources")
            .Row("E1", new IsoDateCell("2023-09-01T00:00:00"), "Plan announced", "S3")
            .Row("E2", "2023-09-02", null, "S1")
            .Hide();
        workbook.AddSheet("Stances")
            .Row("Key", "Label", "Color", "Order")
            .Row("support", "Supports", "#1b9e77", 1)
            .Row("oppose", "Opposes", "red", "first");
        workbook.AddSheet("Scratch")
            .Row("Notes to self");
        return workbook;
    }
}
