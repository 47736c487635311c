using BriefBuilder.Diagnostics;
using BriefBuilder.Tests.TestWorkbooks;
using BriefBuilder.Workbooks;
using BriefBuilder.Workbooks.Schema;
using BriefBuilder.Workbooks.Starter;
using ClosedXML.Excel;

namespace BriefBuilder.Tests.Workbooks.Starter;

public sealed class StarterWorkbookTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _path;

    public StarterWorkbookTests()
    {
        _path = _folder.File("starter.xlsx");
        using var stream = File.Create(_path);
        StarterWorkbook.Write(stream);
    }

    public static TheoryData<string> TableSheets => [.. WorkbookSchema.Sheets.Where(s => s.Layout == SheetLayout.Table).Select(s => s.Name)];

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_starter_workbook_passes_check_without_an_error_warning_only_of_the_example_disclaimer_and_contact()
    {
        var result = WorkbookReader.Read(_path);

        Assert.Equal([("Contact", "BB049"), ("Disclaimer", "BB049")], result.Diagnostics.Select(d => (d.Message.Split(' ')[0], $"{d.Code}")).Order());
        Assert.All(result.Diagnostics, d => Assert.Equal(("Brief", Severity.Warning), (d.Location.Sheet, d.Severity)));
        Assert.Equal(2, result.Dossier!.Claims.Count);
        Assert.Equal("2023-06~", result.Dossier.Claims[1].Date!.ToString());
    }

    [Fact]
    public void Every_schema_sheet_is_there_in_schema_order()
    {
        using var workbook = new XLWorkbook(_path);

        Assert.Equal(WorkbookSchema.Sheets.Select(s => s.Name), workbook.Worksheets.Select(w => w.Name));
    }

    [Theory]
    [MemberData(nameof(TableSheets))]
    public void A_table_sheet_has_every_header_frozen_above_two_example_rows(string sheet)
    {
        using var workbook = new XLWorkbook(_path);
        var worksheet = workbook.Worksheet(sheet);
        var columns = WorkbookSchema.FindSheet(sheet)!.Columns;

        Assert.Equal(columns.Select(c => c.Name), columns.Select((_, i) => worksheet.Cell(1, i + 1).GetString()));
        Assert.Equal(1, worksheet.SheetView.SplitRow);
        Assert.False(worksheet.Row(2).IsEmpty());
        Assert.False(worksheet.Row(3).IsEmpty());
        Assert.True(worksheet.Row(4).IsEmpty());
    }

    [Fact]
    public void Every_brief_field_has_a_row_under_a_field_and_value_header()
    {
        using var workbook = new XLWorkbook(_path);
        var brief = workbook.Worksheet("Brief");

        Assert.Equal(["Field", "Value"], [brief.Cell("A1").GetString(), brief.Cell("B1").GetString()]);
        Assert.Equal(BriefSheet.Definition.Columns.Select(c => c.Name), BriefSheet.Definition.Columns.Select((_, i) => brief.Cell(i + 2, 1).GetString()));
        Assert.Equal(1, brief.SheetView.SplitRow);
    }

    [Theory]
    [InlineData("Claims", "Stance", "Stances!$A$2:$A$200")]
    [InlineData("Claims", "Status", "\"verified,draft\"")]
    [InlineData("Institutions", "Type", "\"government,intergovernmental,parliament,court,ngo,academic,media,think-tank,other\"")]
    [InlineData("Sources", "Type", "\"article,news,statement,press-briefing,report,resolution,interview,book,web,social\"")]
    public void Choice_and_stance_columns_offer_a_drop_down_list(string sheet, string header, string list)
    {
        using var workbook = new XLWorkbook(_path);
        var worksheet = workbook.Worksheet(sheet);
        var column = WorkbookSchema.FindSheet(sheet)!.Columns.ToList().FindIndex(c => c.Name == header) + 1;

        var validation = worksheet.Cell(5, column).DataValidation;

        Assert.Equal(XLAllowedValues.List, validation.AllowedValues);
        Assert.Equal(list, validation.Value);
    }

    [Fact]
    public void Date_columns_are_formatted_as_text_so_excel_keeps_edtf_as_typed()
    {
        using var workbook = new XLWorkbook(_path);

        Assert.Equal("@", workbook.Worksheet("Claims").Cell("B50").Style.NumberFormat.Format);
        Assert.Equal("@", workbook.Worksheet("Sources").Cell("J50").Style.NumberFormat.Format);
    }

    [Fact]
    public void The_read_me_sheet_explains_every_column_of_every_sheet()
    {
        using var workbook = new XLWorkbook(_path);
        var rows = workbook.Worksheet("Read me").RowsUsed()
            .Select(r => (Sheet: r.Cell(1).GetString(), Column: r.Cell(2).GetString(), Meaning: r.Cell(5).GetString()))
            .ToList();

        foreach (var sheet in WorkbookSchema.Sheets.Where(s => s.Layout != SheetLayout.ReadMe))
        {
            Assert.Contains((sheet.Name, string.Empty, sheet.Description), rows);
            Assert.All(sheet.Columns, c => Assert.Contains((sheet.Name, c.Name, c.Description), rows));
        }
    }
}
