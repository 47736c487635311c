using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Sections.Stances;

public class InstitutionOverviewTests
{
    [Fact]
    public void The_table_says_it_is_continued_on_the_pages_it_runs_onto()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var table = InstitutionOverview.Compose(context);

        Assert.Equal("Institutions by stance (continued)", table.ContinuedCaption!.Text());
    }
}
