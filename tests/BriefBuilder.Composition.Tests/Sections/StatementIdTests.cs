using BriefBuilder.Composition.Sections;

namespace BriefBuilder.Composition.Tests.Sections;

public sealed class StatementIdTests
{
    [Fact]
    public void Three_or_more_consecutive_ids_are_written_as_a_range()
    {
        Assert.Equal("C01, C03, C05, C08\u2013C10", StatementId.Ranges(["C10", "C01", "C08", "C03", "C09", "C05"]));
    }

    [Fact]
    public void Ids_sort_by_their_number_and_a_range_never_joins_other_widths_or_prefixes()
    {
        Assert.Equal("C2, C9, C10, C011, X12", StatementId.Ranges(["C10", "X12", "C011", "C2", "C9"]));
    }

    [Fact]
    public void An_id_without_a_number_comes_before_its_prefix_s_numbers_and_equal_numbers_sort_as_written_each_once()
    {
        Assert.Equal("B, C, C01, C1", StatementId.Ranges(["C1", "C01", "C", "B", "C1"]));
    }
}
