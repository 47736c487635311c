using BriefBuilder.Tests.TestWorkbooks;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Tests.Workbooks.Opening;

public sealed class ReadOnlyOpeningTests
{
    [Fact]
    public void Reading_leaves_the_file_byte_for_byte_as_it_was()
    {
        using var folder = new TempFolder();
        var path = MessyWorkbook.Build().Save(folder.File("messy.xlsx"));
        var past = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, past);
        var before = File.ReadAllBytes(path);

        WorkbookReader.Read(path);

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(past, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void A_workbook_another_program_holds_open_for_writing_can_be_read()
    {
        using var folder = new TempFolder();
        var path = CleanDossier.Build().Save(folder.File("open.xlsx"));
        using var heldByExcel = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);

        var result = WorkbookReader.Read(path);

        Assert.False(result.IsUnreadable);
        Assert.NotNull(result.Dossier);
    }
}
