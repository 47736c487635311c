using BriefBuilder.Validation.Names;
using CsCheck;

namespace BriefBuilder.Tests.Validation.Names;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("mijatovic", "mijatovic", 0)]
    [InlineData("mijatovic", "mijatovice", 1)]
    [InlineData("mijatovic", "mijatvoic", 1)]
    [InlineData("mijatovic", "mijatovich", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Distances_count_inserts_deletes_replacements_and_swaps(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Within(a, b, 5));
    }

    [Fact]
    public void Past_the_limit_the_answer_is_one_more_than_the_limit()
    {
        Assert.Equal(2, EditDistance.Within("kitten", "sitting", 1));
        Assert.Equal(3, EditDistance.Within("a", "abcdefgh", 2));
    }

    [Fact]
    public void Distance_is_symmetric_and_zero_only_for_equal_texts()
    {
        Gen.Select(Gen.String[0, 12], Gen.String[0, 12]).Sample((a, b) =>
        {
            var there = EditDistance.Within(a, b, 20);
            return there == EditDistance.Within(b, a, 20) && (there == 0) == (a == b);
        });
    }

    [Fact]
    public void One_inserted_letter_is_one_edit()
    {
        Gen.Select(Gen.String[0, 20], Gen.Char.AlphaNumeric, Gen.Int[0, 20]).Sample((text, letter, at) =>
        {
            var position = Math.Min(at, text.Length);
            return EditDistance.Within(text, text.Insert(position, letter.ToString()), 3) == 1;
        });
    }
}
