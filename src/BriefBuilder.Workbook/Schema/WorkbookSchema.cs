namespace BriefBuilder.Workbooks.Schema;

/// <summary>Workbook schema v1: every sheet, in the order the starter workbook writes them. The reader, the starter
/// workbook and its Read me sheet all work from this one list.</summary>
public static class WorkbookSchema
{
    /// <summary>The version of the contract described in SCHEMA.md.</summary>
    public const int Version = 1;

    /// <summary>Explanations for people, written by `init`; the reader passes over it.</summary>
    public static SheetDefinition ReadMe { get; } = new(
        "Read me",
        SheetLayout.ReadMe,
        Required: false,
        "What each sheet and column is for. BriefBuilder does not read this sheet.",
        [])
    {
        Aliases = ["Instructions"],
    };

    public static IReadOnlyList<SheetDefinition> Sheets { get; } =
    [
        ReadMe,
        BriefSheet.Definition,
        ClaimsSheet.Definition,
        PeopleSheet.Definition,
        InstitutionsSheet.Definition,
        SourcesSheet.Definition,
        EventsSheet.Definition,
        StancesSheet.Definition,
    ];

    /// <summary>The schema sheet a workbook sheet's name stands for, if any.</summary>
    public static SheetDefinition? FindSheet(string name) => Sheets.FirstOrDefault(s => s.Matches(name));
}
