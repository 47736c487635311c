using BriefBuilder.Tests.TestWorkbooks;

namespace BriefBuilder.Tests.Workbooks.Binding;

public sealed class BriefSheetTests : IDisposable
{
    private readonly Reading _reading = new();

    public void Dispose() => _reading.Dispose();

    [Fact]
    public void Fields_are_read_by_name_with_or_without_a_header_row()
    {
        var workbook = CleanDossier.Build().Without("Brief");
        workbook.Sheets.Insert(0, new TestSheet("About")
            .RowAt(3, null, "organisation", "Example Institute")
            .Row(null, "Coding note", "By the speaker's own words.")
            .Row(null, "Title", "Canal statements"));

        var brief = _reading.Read(workbook).Dossier!.Brief;

        Assert.Equal("Example Institute", brief.Organization);
        Assert.Equal("By the speaker's own words.", brief.CodingNote);
        Assert.Equal("Canal statements", brief.Title);
    }

    [Fact]
    public void Unknown_fields_are_warnings_and_repeated_ones_errors()
    {
        var workbook = CleanDossier.Build();
        workbook.Sheet("Brief").Row("Subtitel", "x").Row("Language", "fr").Row(null, "orphan value").Row("Contact", "a", "b");

        Assert.Equal(["Brief!A4 BB022", "Brief!A5 BB023", "Brief!B6 BB022", "Brief!C7 BB022"], _reading.Codes(workbook));
    }
}
