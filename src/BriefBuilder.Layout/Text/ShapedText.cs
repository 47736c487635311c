namespace BriefBuilder.Layout.Text;

/// <summary>A paragraph's text ready for line breaking: the text as printed (after any replacements), its units and styles.</summary>
internal sealed class ShapedText(string text, TextUnit[] units, IReadOnlyList<RunStyle> styles, string firstWords)
{
    public string Text { get; } = text;

    public TextUnit[] Units { get; } = units;

    public IReadOnlyList<RunStyle> Styles { get; } = styles;

    /// <summary>The opening words, used to say where a problem came from.</summary>
    public string FirstWords { get; } = firstWords;

    /// <summary>The widths of the longest word and of the longest unbroken line, found once.</summary>
    public (double Min, double Max) IntrinsicWidth
    {
        get
        {
            if (_intrinsic is null)
            {
                var widest = LineBreaker.Break(this, double.MaxValue, double.MaxValue);
                var narrowest = LineBreaker.Break(this, 0, 0);
                _intrinsic = (narrowest.Count == 0 ? 0 : narrowest.Max(l => l.Width), widest.Count == 0 ? 0 : widest.Max(l => l.Width));
            }

            return _intrinsic.Value;
        }
    }

    private (double Min, double Max)? _intrinsic;

    public static string FirstWordsOf(string text, int count = 8)
    {
        var words = text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var head = string.Join(' ', words.Take(count));
        return words.Length > count ? head + " …" : head;
    }
}
