using BriefBuilder.Tests.TestWorkbooks;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Tests.Workbooks.Binding;

/// <summary>Hiding is not deleting, and a merged range means its value for every cell: both are read, and said.</summary>
public sealed class HiddenAndMergedCellsTests : IDisposable
{
    private readonly Reading _reading = new();

    public void Dispose() => _reading.Dispose();

    [Fact]
    public void A_hidden_sheet_is_read_with_a_warning()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Stances").Hide();

        var result = _reading.Read(workbook);

        Assert.Equal(["Stances BB030"], Reading.Codes(result));
        Assert.Equal(2, result.Dossier!.Stances.Count);
    }

    [Fact]
    public void Consecutive_hidden_rows_are_read_with_one_warning()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").HideRow(3).HideRow(4);

        var result = _reading.Read(workbook);

        Assert.Equal(["Claims!A3 BB031"], Reading.Codes(result));
        Assert.Contains("rows 3 to 4", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(3, result.Dossier!.Claims.Count);
    }

    [Fact]
    public void A_hidden_column_is_read_with_a_warning_at_its_header()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").HideColumn(7);

        var result = _reading.Read(workbook);

        Assert.Equal(["Claims!G1 BB032"], Reading.Codes(result));
        Assert.Equal("We will build it.", result.Dossier!.Claims[0].Quote);
    }

    [Fact]
    public void A_merged_value_counts_for_every_cell_it_covers()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("E3", "support").Set("E4", null).Merge("E3:E4");

        var result = _reading.Read(workbook);

        Assert.Equal(["Claims!E3 BB033"], Reading.Codes(result));
        Assert.Equal(["support", "support", "support"], result.Dossier!.Claims.Select(c => c.StanceKey));
    }

    [Fact]
    public void Merged_empty_cells_are_not_worth_a_warning()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Merge("M2:N3").Merge("A10:XFD20");

        Assert.Empty(_reading.Codes(workbook));
    }

    [Fact]
    public void A_merged_header_makes_two_columns_of_one_name()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("M1", "Tags").Merge("J1:K1").Set("K1", null);

        var codes = _reading.Codes(workbook);

        Assert.Contains("Claims!K1 BB023", codes);
        Assert.Contains("Claims!J1 BB033", codes);
    }
}
