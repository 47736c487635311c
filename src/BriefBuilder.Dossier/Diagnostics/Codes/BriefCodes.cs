namespace BriefBuilder.Diagnostics;

/// <summary>Codes of the problems found while a brief is composed, laid out and written (BRF001-BRF099): each is
/// reported at the input it comes from, the workbook's cell or the template's file.</summary>
public static class BriefCodes
{
    public static readonly DiagnosticCode Language = new("BRF001", Severity.Error,
        "A brief language (`--lang`, the template's `language`, the workbook's) that BriefBuilder has no words for.");

    public static readonly DiagnosticCode OverPageBudget = new("BRF002", Severity.Error,
        "The brief takes more pages than the template's `page-budget`: it is not written.");

    public static readonly DiagnosticCode Unprintable = new("BRF003", Severity.Error,
        "A character no font can print (at the cell it comes from, or the template when its text is the template's), or a font file the template names that cannot be used.");

    public static readonly DiagnosticCode Layout = new("BRF004", Severity.Warning,
        "Something the layout had to change: a heading level skipped, a table header or page furniture too tall for its room, text it prints unshaped, page numbers that did not settle.");

    public static readonly DiagnosticCode ArchiveInputs = new("BRF005", Severity.Error,
        "An archival snapshot that cannot carry its inputs: no bytes of the workbook or template, or two files under one name.");

    public static readonly DiagnosticCode LayoutLimit = new("BRF006", Severity.Error,
        "The brief goes past one of the layout's limits (`paragraph-characters`, `pages`): the message names the limit and how to raise it.");

    public static readonly DiagnosticCode PageRoom = new("BRF007", Severity.Error,
        "The paper `--paper` chooses leaves less than an inch for text within the template's margins.");

    public static readonly DiagnosticCode OverPageBudgetAllowed = new("BRF008", Severity.Warning,
        "The brief takes more pages than the template's `page-budget` and is written, as `allow-overflow: true` asks.");

    public static readonly DiagnosticCode MissingFont = new("BRF009", Severity.Warning,
        "A font family the template names is not installed: its text is set in the family that follows it.");

    public static readonly DiagnosticCode FittedToBudget = new("BRF010", Severity.Warning,
        "The brief shows fewer statements than its selection holds, to fit the template's `page-budget`, as `fit: statements` asks; the brief says so above its statements.");
}
