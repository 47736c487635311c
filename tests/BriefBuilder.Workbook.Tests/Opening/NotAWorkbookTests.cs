using System.IO.Compression;
using System.Text;
using BriefBuilder.Diagnostics;
using BriefBuilder.Tests.TestWorkbooks;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Tests.Workbooks.Opening;

/// <summary>Files named .xlsx that are something else are told apart and named for what they are.</summary>
public sealed class NotAWorkbookTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_csv_file_renamed_to_xlsx_is_called_a_text_file()
    {
        var diagnostic = Single(Write("claims.xlsx", "ID,Date,Summary\nC1,2023-10-05,Said something\n"u8.ToArray()));

        Assert.Equal(WorkbookCodes.TextFile, diagnostic.Code);
        Assert.Contains("text file", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_export_renamed_to_xlsx_is_called_a_web_page()
    {
        var diagnostic = Single(Write("export.xlsx", "<!DOCTYPE html><html><body><table></table></body></html>"u8.ToArray()));

        Assert.Equal(WorkbookCodes.TextFile, diagnostic.Code);
        Assert.Contains("web page", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_reported_as_empty()
    {
        Assert.Equal(WorkbookCodes.EmptyFile, Single(Write("empty.xlsx", [])).Code);
    }

    [Fact]
    public void A_workbook_cut_short_is_a_damaged_file()
    {
        var whole = File.ReadAllBytes(CleanDossier.Build().Save(_folder.File("whole.xlsx")));

        var diagnostic = Single(Write("cut.xlsx", whole[..(whole.Length / 2)]));

        Assert.Equal(WorkbookCodes.DamagedFile, diagnostic.Code);
        Assert.Contains("cut short", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_excel_97_workbook_is_told_apart_from_an_encrypted_one()
    {
        var legacy = Single(Write("old.xlsx", CompoundFileBuilder.LegacyWorkbook()));
        var encrypted = Single(Write("secret.xlsx", CompoundFileBuilder.EncryptedWorkbook()));

        Assert.Equal(WorkbookCodes.LegacyWorkbook, legacy.Code);
        Assert.Contains("Excel 97-2003", legacy.Message, StringComparison.Ordinal);
        Assert.Equal(WorkbookCodes.EncryptedWorkbook, encrypted.Code);
        Assert.Contains("password-protected", encrypted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_ole2_document_is_not_a_workbook()
    {
        var diagnostic = Single(Write("letter.xlsx", CompoundFileBuilder.Build("WordDocument")));

        Assert.Equal(WorkbookCodes.NotAWorkbook, diagnostic.Code);
        Assert.Contains("Word 97-2003", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ole2_file_with_a_broken_directory_is_a_damaged_file()
    {
        var file = CompoundFileBuilder.LegacyWorkbook();
        file[48] = 0x7F; // the first directory sector, now far past the end of the file

        Assert.Equal(WorkbookCodes.DamagedFile, Single(Write("broken.xls", file)).Code);
    }

    [Theory]
    [InlineData("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "OpenDocument")]
    [InlineData("xl/workbook.bin", "", ".xlsb")]
    [InlineData("word/document.xml", "<w:document/>", "Word document")]
    [InlineData("notes.txt", "just a zip", "zip archive")]
    public void A_zip_that_holds_no_workbook_is_named_for_what_it_holds(string entry, string content, string named)
    {
        var path = _folder.File("other.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open(), Encoding.ASCII);
            writer.Write(content);
        }

        var diagnostic = Single(path);

        Assert.Equal(WorkbookCodes.NotAWorkbook, diagnostic.Code);
        Assert.Contains(named, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_without_a_workbook_part_is_a_damaged_workbook()
    {
        var path = _folder.File("hollow.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
            writer.Write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
        }

        Assert.Equal(WorkbookCodes.DamagedWorkbook, Single(path).Code);
    }

    [Fact]
    public void A_workbook_whose_sheet_xml_is_broken_is_a_damaged_workbook()
    {
        var path = CleanDossier.Build().Save(_folder.File("broken.xlsx"));
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
            var name = sheet.FullName;
            sheet.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row><c>");
        }

        Assert.Equal(WorkbookCodes.DamagedWorkbook, Single(path).Code);
    }

    [Fact]
    public void An_image_renamed_to_xlsx_is_of_no_known_kind()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

        Assert.Equal(WorkbookCodes.UnknownFormat, Single(Write("picture.xlsx", png)).Code);
    }

    [Fact]
    public void A_missing_file_and_a_folder_cannot_be_opened()
    {
        Assert.Equal(WorkbookCodes.CannotOpen, Single(_folder.File("nowhere.xlsx")).Code);
        Assert.Equal(WorkbookCodes.CannotOpen, Single(_folder.Path).Code);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = _folder.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    // An unreadable file gives exactly one error, about the file as a whole, and no dossier.
    private static Diagnostic Single(string path)
    {
        var result = WorkbookReader.Read(path);
        Assert.True(result.IsUnreadable);
        Assert.Null(result.Dossier);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new SourceLocation(path), diagnostic.Location);
        return diagnostic;
    }
}
