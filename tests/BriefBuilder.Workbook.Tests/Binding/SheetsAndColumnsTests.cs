using BriefBuilder.Diagnostics;
using BriefBuilder.Tests.TestWorkbooks;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Tests.Workbooks.Binding;

public sealed class SheetsAndColumnsTests : IDisposable
{
    private readonly Reading _reading = new();

    public void Dispose() => _reading.Dispose();

    [Theory]
    [InlineData("Claims")]
    [InlineData("Institutions")]
    [InlineData("Sources")]
    [InlineData("Stances")]
    public void A_missing_required_sheet_is_an_error_about_the_file(string sheet)
    {
        var result = _reading.Read(CleanDossier.Build().Without(sheet));

        var missing = result.Diagnostics.Single(d => d.Code == WorkbookCodes.MissingSheet);
        Assert.Null(missing.Location.Sheet);
        Assert.Contains($"no {sheet} sheet", missing.Message, StringComparison.Ordinal);
        Assert.Null(result.Dossier);
    }

    [Fact]
    public void Optional_sheets_may_be_left_out()
    {
        var workbook = CleanDossier.Build().Without("Events").Without("Brief");

        Assert.Empty(_reading.Codes(workbook));
    }

    [Fact]
    public void Sheet_and_column_names_match_whatever_their_case_spacing_and_alias()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Name = " statements ";
        workbook.Sheet(" statements ")
            .Set("A1", "claim id").Set("C1", "SPEAKERS").Set("E1", "Stance_Key").Set("H1", "Source IDs");
        workbook.Sheet("Sources").Set("H1", "Date accessed").Set("C1", "Author(s)");

        var result = _reading.Read(workbook);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["S2", "S3"], result.Dossier!.Claims[1].SourceIds);
        Assert.Equal("2024-01-15", result.Dossier.Sources[2].Accessed!.ToString());
    }

    [Fact]
    public void The_header_row_is_the_first_row_with_anything_in_it()
    {
        var workbook = CleanDossier.Build();
        var moved = new TestSheet("Claims");
        var claims = workbook.Sheet("Claims");
        foreach (var (address, spec) in claims.Cells)
        {
            moved.Set($"{BriefBuilder.Workbooks.Cells.CellAddress.ColumnLetters(address.Column)}{address.Row + 3}", spec);
        }

        workbook.Sheets[workbook.Sheets.IndexOf(claims)] = moved;
        var result = _reading.Read(workbook);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(5, result.Dossier!.Claims[0].Origin.Row);
    }

    [Fact]
    public void A_missing_required_column_is_reported_at_the_header_row()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("F1", null).Set("F2", null).Set("F3", null).Set("F4", null);

        Assert.Equal(["Claims!A1 BB021"], _reading.Codes(workbook));
    }

    [Fact]
    public void An_unknown_column_is_a_warning_that_suggests_the_likely_name()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("M1", "Sumary").Set("M2", "typo column");

        var result = _reading.Read(workbook);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("Claims", "M1", WorkbookCodes.UnknownColumn), (warning.Location.Sheet, warning.Location.Cell, warning.Code));
        Assert.Contains("did you mean 'Summary'?", warning.Message, StringComparison.Ordinal);
        Assert.NotNull(result.Dossier);
    }

    [Fact]
    public void Values_under_no_header_are_a_warning_at_the_first_of_them()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("O3", "stray").Set("O4", "another");

        Assert.Equal(["Claims!O3 BB022"], _reading.Codes(workbook));
    }

    [Fact]
    public void A_second_column_for_one_field_is_an_error_and_the_first_is_read()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("M1", "Paraphrase").Set("M2", "Other words");

        var result = _reading.Read(workbook);

        Assert.Equal(["Claims!M1 BB023"], Reading.Codes(result));
        Assert.Contains("column F", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_sheet_is_a_warning_and_a_read_me_sheet_is_not()
    {
        var workbook = CleanDossier.Build();
        workbook.AddSheet("Read me").Row("Anything at all", 42);
        workbook.AddSheet("Working notes").Row("To do");

        Assert.Equal(["Working notes BB024"], _reading.Codes(workbook));
    }

    [Fact]
    public void Two_sheets_for_one_schema_sheet_are_an_error_at_the_second()
    {
        var workbook = CleanDossier.Build();
        workbook.AddSheet("Statements").Row("ID", "Date");

        Assert.Equal(["Statements BB025"], _reading.Codes(workbook));
    }

    [Fact]
    public void An_empty_required_sheet_is_an_error()
    {
        var workbook = CleanDossier.Build().Without("Stances");
        workbook.AddSheet("Stances");

        var codes = _reading.Codes(workbook);

        Assert.Contains("Stances BB026", codes);
    }

    [Fact]
    public void Diagnostics_come_sheet_by_sheet_in_tab_order_then_row_by_row()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Stances").Set("D2", "blue");
        workbook.Sheet("Claims").Set("K4", "maybe").Set("B2", "soon").Set("K2", "perhaps");

        Assert.Equal(["Claims!B2 BB041", "Claims!K2 BB042", "Claims!K4 BB042", "Stances!D2 BB044"], _reading.Codes(workbook));
    }
}
