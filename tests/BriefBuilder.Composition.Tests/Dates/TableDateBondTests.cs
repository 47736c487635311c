using BriefBuilder.Composition.Tests.Builders;

namespace BriefBuilder.Composition.Tests.Dates;

public class TableDateBondTests
{
    [Theory]
    [InlineData("early December 2023", "early December\u00A02023")]
    [InlineData("October 2023 (as the article dates it)", "October\u00A02023 (as the article dates it)")]
    public void A_table_s_date_keeps_a_month_with_its_year(string displayDate, string label)
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One")
            .Claim("C01", Edtf.On(Edtf.Month(2023, 12)), "a", "I01", displayDate: displayDate)
            .Build();
        var context = TestBriefs.Context(dossier);

        Assert.Equal(label, context.Dates.InTable(dossier.Claims[0]));
    }
}
