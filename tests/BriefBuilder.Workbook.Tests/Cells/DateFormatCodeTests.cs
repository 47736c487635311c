using BriefBuilder.Workbooks.Cells;

namespace BriefBuilder.Tests.Workbooks.Cells;

public sealed class DateFormatCodeTests
{
    [Theory]
    [InlineData("d-mmm-yy", "Day")]
    [InlineData("dd/mm/yyyy;@", "Day")]
    [InlineData("[$-409]mmmm d, yyyy;@", "Day")]
    [InlineData("yyyy-mm-dd hh:mm", "Day")]
    [InlineData("dddd", "Day")]
    [InlineData("mmm-yy", "Month")]
    [InlineData("mmmm yyyy", "Month")]
    [InlineData("MMMM", "Month")]
    [InlineData("yyyy", "Year")]
    [InlineData("\"Year \"yyyy", "Year")]
    [InlineData("h:mm", "TimeOnly")]
    [InlineData("h:mm AM/PM", "TimeOnly")]
    [InlineData("mm:ss", "TimeOnly")]
    [InlineData("[h]:mm:ss", "TimeOnly")]
    [InlineData("General", "None")]
    [InlineData("0.00", "None")]
    [InlineData("0.00E+00", "None")]
    [InlineData("#,##0 ;[Red](#,##0)", "None")]
    [InlineData("\"day \"0", "None")]
    [InlineData("0\\d", "None")]
    [InlineData("@", "None")]
    public void A_format_shows_the_date_parts_its_tokens_name(string code, string shown)
    {
        Assert.Equal(Enum.Parse<DateShown>(shown), NumberFormat.FromCode(code).Date);
    }

    [Theory]
    [InlineData(14, "Day")]
    [InlineData(15, "Day")]
    [InlineData(16, "Day")]
    [InlineData(17, "Month")]
    [InlineData(22, "Day")]
    [InlineData(18, "TimeOnly")]
    [InlineData(21, "TimeOnly")]
    [InlineData(45, "TimeOnly")]
    [InlineData(46, "TimeOnly")]
    [InlineData(47, "TimeOnly")]
    [InlineData(0, "None")]
    [InlineData(4, "None")]
    [InlineData(49, "None")]
    public void Built_in_formats_14_to_22_and_45_to_47_are_dates_or_times(int id, string shown)
    {
        Assert.Equal(Enum.Parse<DateShown>(shown), BuiltInFormats.Find(id).Date);
    }
}
