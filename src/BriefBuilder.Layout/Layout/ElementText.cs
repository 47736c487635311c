using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Text;

namespace BriefBuilder.Layout.Layout;

/// <summary>The plain text of an element tree, for reporting boxes and problems by their first words.</summary>
internal static class ElementText
{
    public static string FirstWords(Element element) => ShapedText.FirstWordsOf(string.Join(' ', Texts(element)));

    private static IEnumerable<string> Texts(Element element)
    {
        switch (element)
        {
            case Paragraph p:
                yield return string.Concat(p.Spans.Select(s => s.Text));
                yield break;
            case Heading h:
                yield return string.Concat(h.Spans.Select(s => s.Text));
                yield break;
            case Image i:
                yield return i.AltText;
                yield break;
            case Canvas c:
                yield return c.AltText;
                yield break;
        }

        foreach (var text in ElementTree.Children(element).SelectMany(Texts))
        {
            yield return text;
        }
    }
}
