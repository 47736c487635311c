using DocumentFormat.OpenXml.Drawing;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.VariantTypes;

namespace BriefBuilder.Workbooks.Starter;

/// <summary>An array of each Open XML enumeration the starter workbook's writer looks values up in. The writer makes
/// these arrays by reflection (<c>Enum.GetValues</c>), which a program compiled ahead of time can do only for array
/// types it was compiled with: naming them here compiles them.</summary>
internal static class OpenXmlEnumArrays
{
    // The enumerations whose lookups a run of `init` loads (the runtime's type-load events, 7 December 2026); the
    // starter workbook is the same at every run, so they are the same at every run.
    private static readonly Array[] Kept =
    [
        new CompoundLineValues[0], new LightRigDirectionValues[0], new LightRigValues[0], new LineCapValues[0],
        new PathShadeValues[0], new PenAlignmentValues[0], new PresetCameraValues[0], new PresetLineDashValues[0],
        new SchemeColorValues[0], new SystemColorValues[0], new BorderStyleValues[0], new CellCommentsValues[0],
        new CellValues[0], new DataValidationErrorStyleValues[0], new DataValidationOperatorValues[0],
        new DataValidationValues[0], new HorizontalAlignmentValues[0], new OrientationValues[0], new PageOrderValues[0],
        new PaneStateValues[0], new PaneValues[0], new PatternValues[0], new PrintErrorValues[0],
        new VerticalAlignmentRunValues[0], new VerticalAlignmentValues[0], new VectorBaseValues[0],
    ];

    /// <summary>How many array types are kept; read where the workbook is written, so the list is compiled with it.
    /// </summary>
    public static int Count => Kept.Length;
}
