namespace BriefBuilder.Workbooks;

/// <summary>Codes of the diagnostics the workbook reader reports: the file (BB001-BB009), sheets and columns
/// (BB020-BB029), cells (BB030-BB039) and values (BB040-BB049). Model-level codes are in ValidationCodes.</summary>
public static class WorkbookCodes
{
    /// <summary>Error: the file cannot be opened at all (missing, a folder, no permission).</summary>
    public const string CannotOpen = "BB001";

    /// <summary>Error: the file is empty.</summary>
    public const string EmptyFile = "BB002";

    /// <summary>Error: a text file (CSV, HTML, XML) named as a workbook.</summary>
    public const string TextFile = "BB003";

    /// <summary>Error: a zip (or OLE2) container that is cut short or damaged.</summary>
    public const string DamagedFile = "BB004";

    /// <summary>Error: a zip or OLE2 file that is some other kind of document (OpenDocument, .xlsb, Word).</summary>
    public const string NotAWorkbook = "BB005";

    /// <summary>Error: an Excel 97-2003 workbook (.xls).</summary>
    public const string LegacyWorkbook = "BB006";

    /// <summary>Error: a password-protected (encrypted) workbook.</summary>
    public const string EncryptedWorkbook = "BB007";

    /// <summary>Error: a file of no kind the reader recognises.</summary>
    public const string UnknownFormat = "BB008";

    /// <summary>Error: an xlsx whose parts cannot be read (damaged XML, missing parts).</summary>
    public const string DamagedWorkbook = "BB009";

    /// <summary>Error: the workbook goes past one of the reader's limits (sizes, compression, rows, columns, cells,
    /// merged area, nesting); reading stops there.</summary>
    public const string OverLimit = "BB010";

    /// <summary>Error: a required sheet is missing.</summary>
    public const string MissingSheet = "BB020";

    /// <summary>Error: a required column is missing.</summary>
    public const string MissingColumn = "BB021";

    /// <summary>Warning: a column (or Brief field) the schema does not know, or values under no header; ignored.</summary>
    public const string UnknownColumn = "BB022";

    /// <summary>Error: two columns (or two Brief rows) for the same field.</summary>
    public const string DuplicateColumn = "BB023";

    /// <summary>Warning: a sheet the schema does not know; ignored.</summary>
    public const string UnknownSheet = "BB024";

    /// <summary>Error: two sheets stand for the same schema sheet.</summary>
    public const string DuplicateSheet = "BB025";

    /// <summary>Error: a required sheet without a header row.</summary>
    public const string EmptySheet = "BB026";

    /// <summary>Warning: a hidden sheet, read like a visible one.</summary>
    public const string HiddenSheet = "BB030";

    /// <summary>Warning: hidden rows, read like visible ones.</summary>
    public const string HiddenRows = "BB031";

    /// <summary>Warning: a hidden column, read like a visible one.</summary>
    public const string HiddenColumn = "BB032";

    /// <summary>Warning: merged cells; the range's value is read into every cell it covers.</summary>
    public const string MergedCells = "BB033";

    /// <summary>Error: a cell holding an error value such as #N/A or #REF!.</summary>
    public const string ErrorValue = "BB034";

    /// <summary>Warning: a formula saved without its calculated value, read as empty.</summary>
    public const string UncalculatedFormula = "BB035";

    /// <summary>Error: a cell holds more characters than the limit; it is not read.</summary>
    public const string LongCell = "BB036";

    /// <summary>Warning: a cell's text held characters that cannot be printed or that disguise text (control characters,
    /// unpaired surrogates, direction overrides, runs of combining marks): they were removed or replaced.</summary>
    public const string CleanedText = "BB037";

    /// <summary>Error: a row or a cell stored twice in the sheet's file; only the last copy would be read.</summary>
    public const string StoredTwice = "BB038";

    /// <summary>Error: a required value is missing.</summary>
    public const string MissingValue = "BB040";

    /// <summary>Error: a date that cannot be read.</summary>
    public const string BadDate = "BB041";

    /// <summary>Error: a word not in a choice column's list.</summary>
    public const string BadChoice = "BB042";

    /// <summary>Error: a whole number that is not one.</summary>
    public const string BadNumber = "BB043";

    /// <summary>Error: a colour that is not #RRGGBB.</summary>
    public const string BadColor = "BB044";

    /// <summary>Error: a yes-or-no cell holding some other word.</summary>
    public const string BadFlag = "BB045";

    /// <summary>Warning: a Locator column value read as the first of several sources' locator (the earlier form).</summary>
    public const string LocatorOfFirstSource = "BB046";

    /// <summary>Error: a locator given both in the Locator column and after the first source in Sources.</summary>
    public const string LocatorGivenTwice = "BB047";

    /// <summary>Warning: a claim has both a Date and an Undated Window; the window is ignored.</summary>
    public const string WindowOfDatedClaim = "BB048";
}
