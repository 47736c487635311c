using static BriefBuilder.Dossier.Tests.Dates.Edtf;

namespace BriefBuilder.Dossier.Tests.Dates;

/// <summary>Level 2 features of the EDTF specification are recognised and refused by name, at the position where they begin.</summary>
public class Level2RejectionTests
{
    [Theory]
    [InlineData("2004?-06-11", 4)]
    [InlineData("2004-06~-11", 7)]
    [InlineData("?2004-06-~11", 0)]
    [InlineData("2004-?06-11", 5)]
    [InlineData("2004-06-~01/2004-06-~20", 8)]
    [InlineData("156X-12-25", 4)]
    [InlineData("15XX-12-25", 4)]
    [InlineData("XXXX-12-XX", 0)]
    [InlineData("1XXX-XX", 1)]
    [InlineData("1XXX-12", 1)]
    [InlineData("X999", 0)]
    [InlineData("19X9", 2)]
    [InlineData("1984-1X", 6)]
    [InlineData("1984-X1", 5)]
    [InlineData("1984-10-1X", 9)]
    [InlineData("2004-XX-05", 8)]
    [InlineData("[1667,1668,1670..1672]", 0)]
    [InlineData("{1960,1961-12}", 0)]
    [InlineData("1950S2", 4)]
    [InlineData("2001-25", 5)]
    [InlineData("2001-33", 5)]
    [InlineData("2001-41", 5)]
    public void A_level_2_feature_is_refused_as_such(string text, int position)
    {
        var (error, at) = Invalid(text);

        Assert.StartsWith("EDTF level 2 is not supported (", error, StringComparison.Ordinal);
        Assert.Equal(position, at);
    }

    [Theory]
    [InlineData("2004?-06-11", "qualifying one part of a date")]
    [InlineData("156X-12-25", "a month or day after unspecified year digits")]
    [InlineData("2001-25", "seasons 25 to 41")]
    [InlineData("{1960,1961-12}", "sets of dates")]
    [InlineData("1950S2", "significant digits")]
    [InlineData("2004-XX-05", "a known day in an unspecified month")]
    public void The_refusal_names_the_feature(string text, string feature)
    {
        Assert.Equal($"EDTF level 2 is not supported ({feature})", Invalid(text).Error);
    }
}
