using BriefBuilder.Diagnostics;
using BriefBuilder.Tests.TestWorkbooks;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Tests.Workbooks.Opening;

/// <summary>The workbook's parts found however a program lays the package out, and a package with a part missing,
/// doubled or undeclared told apart from a sound one.</summary>
public sealed class PackageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Parts_are_found_through_targets_that_climb_folders_whatever_their_case()
    {
        var path = Save();
        new PackageEditor(path)
            .Move("xl/sharedStrings.xml", "text/Shared%20Strings.xml")
            .RelativeTargets()
            .Edit("xl/_rels/workbook.xml.rels", xml => xml.Replace("../text/Shared%20Strings.xml", "../TEXT/shared%20strings.XML", StringComparison.Ordinal));

        var result = WorkbookReader.Read(path);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("The minister backed the canal.", result.Dossier!.Claims[0].Summary);
    }

    [Fact]
    public void A_sheet_whose_part_is_missing_makes_a_damaged_workbook()
    {
        var path = Save();
        new PackageEditor(path).Delete("xl/worksheets/sheet2.xml");

        Assert.Equal(WorkbookCodes.DamagedWorkbook, Unreadable(path));
    }

    [Fact]
    public void Content_types_that_are_not_xml_make_a_damaged_workbook()
    {
        var path = Save();
        new PackageEditor(path).Edit("[Content_Types].xml", _ => "<Types");

        Assert.Equal(WorkbookCodes.DamagedWorkbook, Unreadable(path));
    }

    [Fact]
    public void Two_parts_of_one_name_make_a_damaged_workbook()
    {
        var path = Save();
        new PackageEditor(path).Add("XL/Workbook.xml", "<workbook/>");

        Assert.Equal(WorkbookCodes.DamagedWorkbook, Unreadable(path));
    }

    private string Save() => CleanDossier.Build().Save(_folder.File($"{Guid.NewGuid():N}.xlsx"));

    private static DiagnosticCode Unreadable(string path)
    {
        var result = WorkbookReader.Read(path);
        Assert.True(result.IsUnreadable);
        return Assert.Single(result.Diagnostics).Code;
    }
}
