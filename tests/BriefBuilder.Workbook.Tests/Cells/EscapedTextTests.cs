using BriefBuilder.Workbooks.Cells;

namespace BriefBuilder.Tests.Workbooks.Cells;

public sealed class EscapedTextTests
{
    [Theory]
    [InlineData("line one_x000D_\nline two", "line one\r\nline two")]
    [InlineData("tab_x0009_here", "tab\there")]
    [InlineData("_x005F_x0041_ stays", "_x0041_ stays")]
    [InlineData("my_xylophone_", "my_xylophone_")]
    [InlineData("ends with _x00", "ends with _x00")]
    public void Escapes_of_xml_unfriendly_characters_are_undone(string stored, string text)
    {
        Assert.Equal(text, EscapedText.Decode(stored));
    }
}
