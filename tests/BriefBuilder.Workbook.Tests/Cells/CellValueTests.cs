using BriefBuilder.Records;
using BriefBuilder.Tests.TestWorkbooks;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Tests.Workbooks.Cells;

/// <summary>Cells as Excel and other programs store them: shared and inline strings, styled numbers, formulas with
/// saved values, booleans, ISO dates, and rows and cells without references.</summary>
public sealed class CellValueTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_workbook_of_inline_strings_reads_like_one_of_shared_strings()
    {
        var inline = CleanDossier.Build();
        foreach (var sheet in inline.Sheets)
        {
            foreach (var (address, spec) in sheet.Cells.ToList())
            {
                if (spec is SharedText text)
                {
                    sheet.Set(address.ToString(), new InlineText(text.Text));
                }
            }
        }

        var shared = Read(CleanDossier.Build());
        var result = WorkbookReader.Read(inline.Save(_folder.File("inline.xlsx")));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(shared.Claims.Select(Describe), result.Dossier!.Claims.Select(Describe));
    }

    [Fact]
    public void Rich_text_reads_as_its_runs_without_the_phonetic_guide()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("F2", new RichText(["The minister ", "backed the canal."], Phonetic: "ミニスター"));

        Assert.Equal("The minister backed the canal.", Read(workbook).Claims[0].Summary);
    }

    [Fact]
    public void Carriage_returns_escaped_in_the_xml_come_back()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("G2", "We will_x000D_\nbuild it.");

        Assert.Equal("We will\r\nbuild it.", Read(workbook).Claims[0].Quote);
    }

    [Theory]
    [InlineData(14, null, "2023-10-05")]
    [InlineData(null, "dd/mm/yyyy", "2023-10-05")]
    [InlineData(null, "[$-409]mmmm d, yyyy;@", "2023-10-05")]
    [InlineData(17, null, "2023-10")]
    [InlineData(null, "mmmm yyyy", "2023-10")]
    [InlineData(null, "yyyy", "2023")]
    public void A_real_excel_date_is_as_precise_as_its_format_shows(int? builtIn, string? code, string expected)
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("B2", new NumberCell(45204, code, builtIn));

        Assert.Equal(expected, Read(workbook).Claims[0].Date!.ToString());
    }

    [Fact]
    public void Serial_dates_count_from_1904_when_the_workbook_says_so()
    {
        var workbook = CleanDossier.Build();
        workbook.Date1904 = true;
        workbook.Sheet("Claims").Set("B2", new NumberCell(43742, BuiltInFormat: 14));

        Assert.Equal("2023-10-05", Read(workbook).Claims[0].Date!.ToString());
    }

    [Fact]
    public void A_plain_number_in_a_date_column_is_a_year()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("B2", 2023);

        Assert.Equal("2023", Read(workbook).Claims[0].Date!.ToString());
    }

    [Fact]
    public void An_iso_date_cell_is_its_day()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("B2", new IsoDateCell("2023-10-05T00:00:00Z"));

        Assert.Equal("2023-10-05", Read(workbook).Claims[0].Date!.ToString());
    }

    [Fact]
    public void A_date_in_a_text_column_reads_as_excel_shows_it()
    {
        var workbook = CleanDossier.Build();
        var claims = workbook.Sheet("Claims");
        claims.Set("M1", "Display Date").Set("M2", new NumberCell(45204, "d-mmm-yy"));

        Assert.Equal("5-Oct-23", Read(workbook).Claims[0].DisplayDate);
    }

    [Fact]
    public void Numbers_in_text_columns_read_as_excel_shows_them()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("I2", 12).Set("I4", new NumberCell(0.5, "0%"));

        var claims = Read(workbook).Claims;

        Assert.Equal("12", claims[0].Citations[0].Locator);
        Assert.Equal("50%", claims[2].Citations[0].Locator);
    }

    [Fact]
    public void Formulas_are_read_by_their_saved_values_never_evaluated()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("F2", new FormulaCell("\"Not \" & \"evaluated\"", "Saved summary", TextResult: true));
        workbook.Sheet("Stances").Set("E3", new FormulaCell("1+1", "7"));

        var dossier = Read(workbook);

        Assert.Equal("Saved summary", dossier.Claims[0].Summary);
        Assert.Equal(7, dossier.FindStance("oppose")!.Order);
    }

    [Fact]
    public void Booleans_read_as_true_and_false()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("L2", true);

        Assert.Equal("TRUE", Read(workbook).Claims[0].Notes);
    }

    [Fact]
    public void Rows_and_cells_without_references_follow_the_ones_before_them()
    {
        var workbook = CleanDossier.Build();
        workbook.OmitReferences = true;

        var dossier = Read(workbook);

        Assert.Equal(["C1", "C2", "C3"], dossier.Claims.Select(c => c.Id));
        Assert.Equal("S2; S3", string.Join("; ", dossier.Claims[1].SourceIds));
    }

    private Records.Dossier Read(TestWorkbook workbook)
    {
        var result = WorkbookReader.Read(workbook.Save(_folder.File($"{Guid.NewGuid():N}.xlsx")));
        Assert.Empty(result.Diagnostics);
        return result.Dossier!;
    }

    private static string Describe(Claim claim) =>
        $"{claim.Id} {claim.Date} {string.Join(",", claim.SpeakerIds)} {claim.InstitutionId} {claim.StanceKey} {claim.Summary} {claim.Quote} {string.Join(",", claim.SourceIds)}";
}
