namespace BriefBuilder.Diagnostics;

/// <summary>Codes of the diagnostics the workbook reader reports: the file (BB001-BB009), sheets and columns
/// (BB020-BB029), cells (BB030-BB039) and values (BB040-BB049). Model-level codes are in ValidationCodes.</summary>
public static class WorkbookCodes
{
    public static readonly DiagnosticCode CannotOpen = new("BB001", Severity.Error,
        "The file cannot be opened: missing, a folder, or no permission.");

    public static readonly DiagnosticCode EmptyFile = new("BB002", Severity.Error,
        "The file is empty.");

    public static readonly DiagnosticCode TextFile = new("BB003", Severity.Error,
        "A text file (CSV, HTML, an Excel 2003 XML spreadsheet) named as a workbook.");

    public static readonly DiagnosticCode DamagedFile = new("BB004", Severity.Error,
        "A zip (or OLE2) container that is cut short or damaged.");

    public static readonly DiagnosticCode NotAWorkbook = new("BB005", Severity.Error,
        "Another kind of document: OpenDocument (.ods), Excel binary (.xlsb), Word, a plain zip.");

    public static readonly DiagnosticCode LegacyWorkbook = new("BB006", Severity.Error,
        "An Excel 97-2003 workbook (.xls): an OLE2 file with a `Workbook` stream.");

    public static readonly DiagnosticCode EncryptedWorkbook = new("BB007", Severity.Error,
        "A password-protected workbook: an OLE2 file with an `EncryptedPackage` stream.");

    public static readonly DiagnosticCode UnknownFormat = new("BB008", Severity.Error,
        "A file of no kind the reader recognises.");

    public static readonly DiagnosticCode DamagedWorkbook = new("BB009", Severity.Error,
        "An xlsx whose parts cannot be read (damaged XML, missing parts).");

    public static readonly DiagnosticCode OverLimit = new("BB010", Severity.Error,
        "The workbook goes past one of the reader's limits (file, part and total size, compression ratio, rows, columns, cells, merged area, XML nesting): the message names the limit, the value found and how to raise it; reading stops.");

    public static readonly DiagnosticCode MissingSheet = new("BB020", Severity.Error,
        "A required sheet is missing.");

    public static readonly DiagnosticCode MissingColumn = new("BB021", Severity.Error,
        "A required column is missing (reported at the header row).");

    public static readonly DiagnosticCode UnknownColumn = new("BB022", Severity.Warning,
        "An unknown column or `Brief` field, or values under no header: ignored.");

    public static readonly DiagnosticCode DuplicateColumn = new("BB023", Severity.Error,
        "Two columns (or two `Brief` rows) for one field: the first is read.");

    public static readonly DiagnosticCode UnknownSheet = new("BB024", Severity.Warning,
        "A sheet the schema does not know: ignored.");

    public static readonly DiagnosticCode DuplicateSheet = new("BB025", Severity.Error,
        "Two sheets for one schema sheet: the first is read.");

    public static readonly DiagnosticCode EmptySheet = new("BB026", Severity.Error,
        "A required sheet with no header row.");

    public static readonly DiagnosticCode HiddenSheet = new("BB030", Severity.Warning,
        "A hidden sheet, read like a visible one.");

    public static readonly DiagnosticCode HiddenRows = new("BB031", Severity.Warning,
        "Hidden rows, read like visible ones.");

    public static readonly DiagnosticCode HiddenColumn = new("BB032", Severity.Warning,
        "A hidden column, read like a visible one.");

    public static readonly DiagnosticCode MergedCells = new("BB033", Severity.Warning,
        "Merged cells: the range's value is read into every cell it covers.");

    public static readonly DiagnosticCode ErrorValue = new("BB034", Severity.Error,
        "An error value such as `#N/A` or `#REF!`.");

    public static readonly DiagnosticCode UncalculatedFormula = new("BB035", Severity.Warning,
        "A formula saved without its value: read as empty.");

    public static readonly DiagnosticCode LongCell = new("BB036", Severity.Error,
        "A cell holds more characters than the limit (2,000,000 unless raised): it is not read.");

    public static readonly DiagnosticCode CleanedText = new("BB037", Severity.Warning,
        "A cell's text held characters that cannot be printed or that disguise text: control characters, direction overrides and isolates, noncharacters and combining marks past 30 in a row are removed; unpaired surrogates are replaced with U+FFFD.");

    public static readonly DiagnosticCode StoredTwice = new("BB038", Severity.Error,
        "A row or a cell stored twice in the sheet's file (hand-edited or damaged): both copies of a row are read, the later one's cells over the earlier one's.");

    public static readonly DiagnosticCode MissingValue = new("BB040", Severity.Error,
        "A required value is missing (including a claim with neither speaker nor institution).");

    public static readonly DiagnosticCode BadDate = new("BB041", Severity.Error,
        "A date that cannot be read.");

    public static readonly DiagnosticCode BadChoice = new("BB042", Severity.Error,
        "A word not in a choice column's list.");

    public static readonly DiagnosticCode BadNumber = new("BB043", Severity.Error,
        "A whole number that is not one.");

    public static readonly DiagnosticCode BadColor = new("BB044", Severity.Error,
        "A colour that is not `#RRGGBB`.");

    public static readonly DiagnosticCode BadFlag = new("BB045", Severity.Error,
        "A yes-or-no cell (Key) holding some other word.");

    public static readonly DiagnosticCode LocatorOfFirstSource = new("BB046", Severity.Warning,
        "A Locator column value read as the locator of the first of several sources (the earlier form); write it after its source in Sources instead.");

    public static readonly DiagnosticCode LocatorGivenTwice = new("BB047", Severity.Error,
        "A locator given both in the Locator column and after the first source in Sources.");

    public static readonly DiagnosticCode WindowOfDatedClaim = new("BB048", Severity.Warning,
        "A claim with both a Date and an Undated Window: the window is ignored.");

    public static readonly DiagnosticCode StarterExample = new("BB049", Severity.Warning,
        "A Brief field (the disclaimer, the contact address) still holding the starter workbook's example text.");
}
