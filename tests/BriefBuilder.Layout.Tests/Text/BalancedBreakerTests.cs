namespace BriefBuilder.Layout.Tests.Text;

/// <summary>Balanced titles on <see cref="FixedMetrics"/>: a letter 5 pt wide at 10 pt, a space 2.5 pt.</summary>
public class BalancedBreakerTests
{
    // Greedy fills 60 pt with five words and leaves two; balanced, the same two lines carry four and three.
    [Fact]
    public void A_title_s_lines_come_out_about_equal()
    {
        Assert.Equal(["aa bb cc dd ee", "ff gg"], FixedShaping.Lines("aa bb cc dd ee ff gg", 60));
        Assert.Equal(["aa bb cc dd", "ee ff gg"], FixedShaping.Lines("aa bb cc dd ee ff gg", 60, balance: true));
    }

    [Fact]
    public void A_title_breaks_after_its_colon_when_that_costs_no_line()
    {
        Assert.Equal(["aaaa:", "bb cc dd"], FixedShaping.Lines("aaaa: bb cc dd", 60, balance: true));
        Assert.Equal(["aaaa: bb cc dd"], FixedShaping.Lines("aaaa: bb cc dd", 70, balance: true));
    }

    [Fact]
    public void A_title_never_breaks_after_a_hyphen_inside_a_word()
    {
        Assert.Equal(["xx aaaa-", "bbbb"], FixedShaping.Lines("xx aaaa-bbbb", 50));
        Assert.Equal(["xx", "aaaa-bbbb"], FixedShaping.Lines("xx aaaa-bbbb", 50, balance: true));
    }
}
