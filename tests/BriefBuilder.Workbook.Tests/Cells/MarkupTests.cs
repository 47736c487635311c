using System.Text.RegularExpressions;
using BriefBuilder.Records;
using BriefBuilder.Tests.TestWorkbooks;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Tests.Workbooks.Cells;

/// <summary>The sheet XML as programs other than the OpenXml SDK write it: Excel's unprefixed markup and relative
/// targets, Strict namespaces, comments and CDATA, other vocabularies' elements, cells out of column order.</summary>
public sealed partial class MarkupTests : IDisposable
{
    // CleanDossier's second sheet.
    private const string ClaimsPart = "xl/worksheets/sheet2.xml";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_workbook_in_excels_markup_reads_like_the_same_workbook_from_the_sdk()
    {
        var path = Save();
        new PackageEditor(path).Unprefixed().RelativeTargets();

        Assert.Equal(Claims(Save()), Claims(path));
    }

    [Fact]
    public void A_strict_workbook_reads_like_a_transitional_one()
    {
        var path = Save();
        new PackageEditor(path).Strict();

        Assert.Equal(Claims(Save()), Claims(path));
    }

    [Fact]
    public void Comments_cdata_and_other_vocabularies_inside_a_sheet_are_passed_over()
    {
        var path = Save();
        new PackageEditor(path).Edit(ClaimsPart, xml => Cell("F2").Replace(xml, """
            <x:c r="F2" t="inlineStr"><!-- checked --><x:is><x:t><![CDATA[The minister <backed> ]]>the canal.</x:t></x:is></x:c><?editor note?><other:c xmlns:other="urn:example:other" r="Z2"><other:v>9</other:v></other:c>
            """));

        var result = WorkbookReader.Read(path);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("The minister <backed> the canal.", result.Dossier!.Claims[0].Summary);
    }

    [Fact]
    public void Cells_stored_out_of_column_order_are_read_in_their_columns()
    {
        var path = Save();
        new PackageEditor(path).Edit(ClaimsPart, xml =>
        {
            // Row 3's first cell (the ID) moved to the end of its row.
            var id = Cell("A3").Match(xml).Value;
            return xml.Replace(id, string.Empty, StringComparison.Ordinal).Replace("</x:row><x:row r=\"4\">", id + "</x:row><x:row r=\"4\">", StringComparison.Ordinal);
        });

        Assert.Equal(Claims(Save()), Claims(path));
    }

    private static Regex Cell(string reference) => new($"<x:c r=\"{reference}\"[^>]*>.*?</x:c>");

    private string Save() => CleanDossier.Build().Save(_folder.File($"{Guid.NewGuid():N}.xlsx"));

    // Every claim field the workbook gives, one line a claim; a workbook that reads differently reads as an error.
    private static List<string> Claims(string path)
    {
        var result = WorkbookReader.Read(path);
        Assert.Empty(result.Diagnostics);
        return [.. result.Dossier!.Claims.Select(Describe)];
    }

    private static string Describe(Claim c) =>
        $"{c.Id} {c.Date} {string.Join(",", c.SpeakerIds)} {c.InstitutionId} {c.StanceKey} {c.Summary} {c.Quote} {string.Join(",", c.Citations.Select(x => x.SourceId + " " + x.Locator))} {string.Join(",", c.Tags)} {c.Status} {c.Notes}";
}
