using BriefBuilder.Composition.Bibliography;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Tests.Bibliography.TestSources;
using BriefBuilder.Records;
using static BriefBuilder.Composition.Tests.Bibliography.TestSources.SourceBuilder;

namespace BriefBuilder.Composition.Tests.Bibliography;

/// <summary>A title the workbook writes in square brackets describes an untitled work: it is printed as a description,
/// never quoted or italicised as if it were the work's own title.</summary>
public sealed class DescriptiveTitleTests
{
    private static readonly Source Motion = Source("S03", SourceType.Resolution).By("European Parliament")
        .Titled("[Joint motion for a resolution]").PublishedBy("European Parliament").Dated(DateValues.Day(2023, 10, 5));

    [Fact]
    public void Chicago_prints_the_description_plain()
    {
        var entry = ReferenceList.Build([Motion], CitationStyle.ChicagoAuthorDate).Entries[0].Text;

        Assert.Equal("European Parliament. 2023. Joint motion for a resolution. Resolution. European Parliament, October 5.", entry.PlainText);
        Assert.DoesNotContain(entry.Runs, run => run.Italic && run.Text.Contains("Joint", StringComparison.Ordinal));
    }

    [Fact]
    public void Apa_prints_it_in_square_brackets_not_italicised()
    {
        var entry = ReferenceList.Build([Motion], CitationStyle.Apa7).Entries[0].Text;

        Assert.Contains("[Joint motion for a resolution]", entry.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain(entry.Runs, run => run.Italic && run.Text.Contains("Joint", StringComparison.Ordinal));
    }

    [Fact]
    public void A_real_title_is_never_read_as_a_description()
    {
        Source titled = Source("S1", SourceType.Report).By("Agency").Titled("Annual report [draft] 2023").Dated(DateValues.Year(2023));

        Assert.False(titled.HasDescriptiveTitle);
        Assert.True(Motion.HasDescriptiveTitle);
        Assert.Equal("Joint motion for a resolution", Motion.PlainTitle);
        Assert.True(Motion.ToCslItem().TitleIsDescription);
    }
}
