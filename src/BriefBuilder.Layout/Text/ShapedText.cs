namespace BriefBuilder.Layout.Text;

/// <summary>A paragraph's text ready for line breaking: the text as printed (after any replacements), its units and styles.</summary>
internal sealed class ShapedText(string text, TextUnit[] units, IReadOnlyList<RunStyle> styles, string firstWords)
{
    public string Text { get; } = text;

    public TextUnit[] Units { get; } = units;

    public IReadOnlyList<RunStyle> Styles { get; } = styles;

    /// <summary>The opening words, used to say where a problem came from.</summary>
    public string FirstWords { get; } = firstWords;

    public static string FirstWordsOf(string text, int count = 8)
    {
        var words = text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var head = string.Join(' ', words.Take(count));
        return words.Length > count ? head + " …" : head;
    }
}
