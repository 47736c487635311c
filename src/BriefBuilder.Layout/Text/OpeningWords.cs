using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Text;

/// <summary>A paragraph's opening words, for messages that say where a problem is: found from its spans only when a
/// message or a box asks, since a build shapes hundreds of thousands of paragraphs and words almost none of them.</summary>
internal sealed class OpeningWords
{
    private readonly IReadOnlyList<Span> _spans;
    private string? _words;

    public OpeningWords(IReadOnlyList<Span> spans) => _spans = spans;

    public override string ToString() => _words ??= TextShaper.FirstWords(_spans);
}
