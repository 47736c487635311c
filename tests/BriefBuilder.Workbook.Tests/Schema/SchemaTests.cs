using BriefBuilder.Records;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Tests.Workbooks.Schema;

public sealed class SchemaTests
{
    public static TheoryData<string> SheetNames => [.. WorkbookSchema.Sheets.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(SheetNames))]
    public void No_two_columns_of_a_sheet_share_a_name_or_alias(string sheet)
    {
        var names = WorkbookSchema.FindSheet(sheet)!.Columns.SelectMany(c => c.Aliases.Append(c.Name)).Select(SchemaName.Key).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void No_two_sheets_share_a_name_or_alias()
    {
        var names = WorkbookSchema.Sheets.SelectMany(s => s.Aliases.Append(s.Name)).Select(SchemaName.Key).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Theory]
    [InlineData(typeof(Claim), "Claims")]
    [InlineData(typeof(Person), "People")]
    [InlineData(typeof(Institution), "Institutions")]
    [InlineData(typeof(Source), "Sources")]
    [InlineData(typeof(Event), "Events")]
    [InlineData(typeof(Stance), "Stances")]
    [InlineData(typeof(BriefInfo), "Brief")]
    public void Every_column_fills_a_field_of_its_record(Type record, string sheet)
    {
        var properties = record.GetProperties().Select(p => p.Name).ToHashSet();

        Assert.All(WorkbookSchema.FindSheet(sheet)!.Columns, c => Assert.Contains(c.Field, properties));
    }

    [Theory]
    [InlineData("Claim ID", "ID")]
    [InlineData("claim_id", "ID")]
    [InlineData(" ID ", "ID")]
    [InlineData("Id", "ID")]
    [InlineData("DISPLAY DATE", "Display Date")]
    [InlineData("displaydate", "Display Date")]
    [InlineData("Source IDs", "Sources")]
    [InlineData("Organisation", "Institution")]
    public void Headers_match_case_space_and_punctuation_insensitively_and_by_alias(string header, string column)
    {
        Assert.Equal(column, ClaimsSheet.Definition.FindColumn(header)?.Name);
    }

    [Theory]
    [InlineData("Sumary", "Summary")]
    [InlineData("Stnace", "Stance")]
    [InlineData("Qoute", "Quote")]
    public void A_header_a_letter_or_two_off_resembles_its_column(string header, string column)
    {
        Assert.Null(ClaimsSheet.Definition.FindColumn(header));
        Assert.Equal(column, ClaimsSheet.Definition.Resembling(header)?.Name);
    }

    [Fact]
    public void Choice_words_match_whatever_their_spelling_of_spaces_and_hyphens()
    {
        Assert.Equal(InstitutionType.ThinkTank, Vocabularies.InstitutionTypes.Read("Think Tank"));
        Assert.Equal(SourceType.PressBriefing, Vocabularies.SourceTypes.Read("press_briefing"));
        Assert.Null(Vocabularies.ClaimStatuses.Read("checked"));
    }

    [Fact]
    public void Every_table_column_has_two_examples_and_every_brief_field_one()
    {
        foreach (var sheet in WorkbookSchema.Sheets.Where(s => s.Layout != SheetLayout.ReadMe))
        {
            var examples = sheet.Layout == SheetLayout.KeyValue ? 1 : 2;
            Assert.All(sheet.Columns, c => Assert.Equal(examples, c.Examples.Count));
        }
    }
}
