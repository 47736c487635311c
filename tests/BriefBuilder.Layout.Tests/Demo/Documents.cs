using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Tests.Demo;

/// <summary>Small documents built for one test each.</summary>
internal static class Documents
{
    public static Document.Document Of(Element body, PageSetup? page = null, PageFurniture? furniture = null, FontOptions? fonts = null) =>
        new(body, page ?? PageSetup.A4, new DocumentInfo("Test", null, null, null, "en", DemoDocument.Created), furniture, null, fonts);

    public static Document.Document Of(params Element[] children) => Of(new Column(children));

    /// <summary>Paragraphs of body text, each a few lines long at A4 width.</summary>
    public static IEnumerable<Element> Filler(int count, string prefix = "Filler") =>
        Enumerable.Range(1, count).Select(i => (Element)new Paragraph($"{prefix} {i}. " + DemoDocument.Lorem(3), DemoDocument.Body));
}
