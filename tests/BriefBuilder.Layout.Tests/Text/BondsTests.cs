namespace BriefBuilder.Layout.Tests.Text;

/// <summary>Breaks of last resort, on <see cref="FixedMetrics"/>: at 10 pt a letter or digit is 5 pt wide and a space,
/// breaking or not, 2.5 pt.</summary>
public class BondsTests
{
    // "aa 2023 tt." is 50 pt: in 40 the year goes down with its unit rather than leave "tt." alone.
    [Fact]
    public void A_number_keeps_the_word_after_it()
    {
        Assert.Equal(["aa", "2023 tt."], FixedShaping.Lines("aa 2023 tt.", 40));
    }

    [Fact]
    public void Initials_keep_the_name_after_them()
    {
        Assert.Equal(["xx", "Z. S. Andrew"], FixedShaping.Lines("xx Z. S. Andrew", 60));
    }

    // "19 Sep 2023" joined by no-break spaces is 50 pt: in 40 it gives way before the year, never after the day.
    [Fact]
    public void Words_joined_by_no_break_spaces_give_way_after_a_word_when_wider_than_the_line()
    {
        Assert.Equal(["aaaa", "19\u00A0Sep", "2023"], FixedShaping.Lines("aaaa 19\u00A0Sep\u00A02023", 40));
    }

    [Fact]
    public void A_bond_gives_way_only_when_nothing_else_fits()
    {
        Assert.Equal(["12 kg", "34 kg"], FixedShaping.Lines("12 kg 34 kg", 30));
        Assert.Equal(["12", "kg"], FixedShaping.Lines("12 kg", 12));
    }

    [Theory]
    [InlineData("aa 12 kg", 22.5)]
    [InlineData("go A. Bc", 22.5)]
    [InlineData("dd 19\u00A0Sep\u00A02023", 50)]
    [InlineData("dd e. Fg", 10)]
    public void The_narrowest_a_text_can_be_set_holds_what_its_bonds_join(string text, double widest)
    {
        Assert.Equal(widest, FixedShaping.Shape(text).IntrinsicWidth.Min);
    }
}
