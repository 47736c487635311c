using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections;

/// <summary>One instance of each distinct style a brief uses: a style derived for each statement (an ID's muted bold,
/// a citation's link colour) is kept once and shared by every span or paragraph that asks for an equal one.</summary>
/// <remarks>Styles are records, equal by value: at 100,000 statements the composed document otherwise held a style
/// object for nearly every span. Not thread-safe: a brief is composed on one thread.</remarks>
public sealed class SharedStyles
{
    private readonly Dictionary<TextStyle, TextStyle> _text = [];
    private readonly Dictionary<ParagraphStyle, ParagraphStyle> _paragraphs = [];

    /// <summary>The brief's instance of a text style equal to this one.</summary>
    public TextStyle Of(TextStyle style) => Shared(_text, style);

    /// <summary>The brief's instance of a paragraph style equal to this one.</summary>
    public ParagraphStyle Of(ParagraphStyle style) => Shared(_paragraphs, style);

    private static T Shared<T>(Dictionary<T, T> instances, T style)
        where T : notnull
    {
        if (instances.TryGetValue(style, out var shared))
        {
            return shared;
        }

        instances[style] = style;
        return style;
    }
}
