using BriefBuilder.Composition.Sections;

namespace BriefBuilder.Composition.Tests.Sections;

public class AbridgedTests
{
    [Theory]
    [InlineData("Short enough.", 40, "Short enough.")]
    [InlineData("Accused Azerbaijan of ethnic cleansing against the Armenians.", 30, "Accused Azerbaijan of ethnic…")]
    [InlineData("Said that, in its view, the operation was lawful.", 20, "Said that, in its…")]
    [InlineData("Anything at all", 0, "Anything at all")]
    public void Text_is_cut_at_a_whole_word_and_marked_with_an_ellipsis(string text, int length, string expected)
    {
        Assert.Equal(expected, Abridged.Text(text, length));
    }

    [Fact]
    public void The_result_is_never_longer_than_asked_plus_the_ellipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 50));

        Assert.All(Enumerable.Range(5, 60), length => Assert.True(Abridged.Text(text, length).Length <= length + 1));
    }
}
