using BriefBuilder.Diagnostics;
using BriefBuilder.Records;
using BriefBuilder.Tests.TestWorkbooks;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Tests.Workbooks.Binding;

/// <summary>Each kind of value a cell can hold wrongly, reported at its cell.</summary>
public sealed class ValuesTests : IDisposable
{
    private readonly Reading _reading = new();

    public void Dispose() => _reading.Dispose();

    [Theory]
    [InlineData("#N/A")]
    [InlineData("#REF!")]
    [InlineData("#DIV/0!")]
    public void An_error_value_is_an_error_at_its_cell(string error)
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("H3", new ErrorCell(error));

        var result = _reading.Read(workbook);

        Assert.Contains("Claims!H3 BB034", Reading.Codes(result));
        Assert.Contains(error, result.Diagnostics.First(d => d.Code == WorkbookCodes.ErrorValue).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_saved_without_its_value_reads_as_empty_with_a_warning()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("G2", new FormulaCell("B2", Cached: null));

        var result = _reading.Read(workbook);

        Assert.Equal(["Claims!G2 BB035"], Reading.Codes(result));
        Assert.Null(result.Dossier!.Claims[0].Quote);
    }

    [Fact]
    public void A_required_value_left_empty_is_an_error_at_its_cell()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("F3", "   ").Set("H4", null);
        workbook.Sheet("People").Set("B2", null);

        Assert.Equal(["Claims!F3 BB040", "Claims!H4 BB040", "People!B2 BB040"], _reading.Codes(workbook));
    }

    [Fact]
    public void A_claim_needs_a_speaker_or_an_institution()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("D4", null);

        Assert.Equal(["Claims!D4 BB040"], _reading.Codes(workbook));
    }

    [Fact]
    public void A_speaker_without_an_institution_speaks_for_none_and_that_is_no_error()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("People").Set("D3", null);

        var result = _reading.Read(workbook);

        Assert.Empty(Reading.Codes(result));
        var claim = Assert.Single(result.Dossier!.Claims, c => c.SpeakerIds.Contains("P2"));
        Assert.Null(claim.InstitutionId);
    }

    [Theory]
    [InlineData("5 October 2023")]
    [InlineData("yesterday")]
    [InlineData("circa 2023")]
    [InlineData("2023-13-05")]
    [InlineData("2023/10/05/")]
    public void Text_that_is_not_edtf_is_a_bad_date_with_advice(string text)
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("B3", text);

        var result = _reading.Read(workbook);

        Assert.Equal(["Claims!B3 BB041"], Reading.Codes(result));
        Assert.Contains($"'{text}'", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("EDTF", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_of_day_or_a_serial_excel_cannot_show_is_a_bad_date()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("B2", new NumberCell(0.75, BuiltInFormat: 20)).Set("B3", new NumberCell(60, BuiltInFormat: 14));
        workbook.Sheet("Sources").Set("F2", new NumberCell(-1, "yyyy-mm-dd"));

        Assert.Equal(["Claims!B2 BB041", "Claims!B3 BB041", "Sources!F2 BB041"], _reading.Codes(workbook));
    }

    [Fact]
    public void A_choice_outside_its_list_is_an_error_and_spelling_variants_are_not()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Sources").Set("B2", "Press Briefing").Set("B3", "podcast");
        workbook.Sheet("Institutions").Set("D3", "THINK TANK");

        var result = _reading.Read(workbook);

        Assert.Equal(["Sources!B3 BB042"], Reading.Codes(result));
        Assert.Contains("article, news, statement", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_order_that_is_not_a_whole_number_is_an_error()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Stances").Set("E2", 1.5).Set("E3", "second");

        Assert.Equal(["Stances!E2 BB043", "Stances!E3 BB043"], _reading.Codes(workbook));
    }

    [Fact]
    public void Colours_are_hex_and_short_forms_are_widened()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Stances").Set("D2", "abc").Set("D3", "crimson");

        var result = _reading.Read(workbook);

        Assert.Equal(["Stances!D3 BB044"], Reading.Codes(result));
        workbook.Sheet("Stances").Set("D3", "#d95f02");
        Assert.Equal(["#AABBCC", "#D95F02"], _reading.Read(workbook).Dossier!.Stances.Select(s => s.Color));
    }

    [Fact]
    public void A_stance_without_an_order_takes_its_rows_place()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Stances").Set("E2", null).Set("E3", null).Row("neutral", "Neutral");

        Assert.Equal(["support", "oppose", "neutral"], _reading.Read(workbook).Dossier!.Stances.Select(s => s.Key));
    }

    [Fact]
    public void A_claim_with_no_status_is_a_draft()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Claims").Set("K2", null);

        var result = _reading.Read(workbook);

        Assert.Equal(["Claims!K2 BB064"], Reading.Codes(result));
        Assert.Equal(ClaimStatus.Draft, result.Dossier!.Claims[0].Status);
    }
}
