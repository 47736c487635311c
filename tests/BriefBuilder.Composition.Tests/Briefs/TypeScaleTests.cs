using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Styling;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Briefs;

/// <summary>The sample's briefs keep to the design's type scale (BRIEF-DESIGN: page and text; accessibility and print):
/// at most five sizes and two families in the printed PDF, one family for every heading, the title and the contents,
/// three heading sizes, more space above a heading than below, body text at 9 pt or more, furniture smaller and lighter
/// than body text and at 7 pt or more, and no lead-in (a timeline entry's title) smaller than the text after it.</summary>
public sealed class TypeScaleTests
{
    public static TheoryData<string, string, PaperSize> Briefs() => SampleLayouts.All();

    [Theory]
    [MemberData(nameof(Briefs))]
    public void A_printed_brief_uses_at_most_five_sizes_and_two_families(string template, string language, PaperSize paper)
    {
        var output = SampleBriefs.Build(template, new BriefOptions(Language: language, Paper: paper));
        Assert.True(output.Success, string.Join("\n", output.Diagnostics));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(output.Pdf!);
        var letters = pdf.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();

        var sizes = letters.Select(l => Math.Round(l.PointSize, 1)).Distinct().Order().ToList();
        var families = letters.Select(l => Family(l.FontName)).Distinct().Order().ToList();
        Assert.True(sizes.Count <= 5, $"{sizes.Count} sizes: {string.Join(", ", sizes)}");
        Assert.True(sizes[0] >= 7, $"text at {sizes[0]} pt");
        Assert.True(families.Count <= 2, $"{families.Count} families: {string.Join(", ", families)}");
    }

    [Theory]
    [MemberData(nameof(Briefs))]
    public void Headings_the_title_and_the_contents_share_one_family_and_three_sizes(string template, string language, PaperSize paper)
    {
        var body = Composed(template, language, paper).Body;

        var headings = body.All<Heading>().ToList();
        var families = headings.SelectMany(h => h.Spans).Select(s => s.Style.Family)
            .Concat(body.All<Paragraph>().Where(p => p.IsTitle).SelectMany(p => p.Spans).Select(s => s.Style.Family))
            .Concat(body.All<TableOfContents>().Select(t => t.Style!.Family))
            .Distinct().ToList();
        var sizes = headings.SelectMany(h => h.Spans).Select(s => s.Style.Size).Distinct().ToList();
        Assert.Single(families);
        Assert.True(sizes.Count <= 3, $"heading sizes {string.Join(", ", sizes)}");
        Assert.All(headings, h => Assert.True(h.Style!.SpaceBefore > h.Style.SpaceAfter, $"'{h.Text()}' has {h.Style.SpaceBefore} pt above, {h.Style.SpaceAfter} pt below"));
    }

    [Theory]
    [MemberData(nameof(Briefs))]
    public void Body_text_is_at_least_9_pt_and_furniture_smaller_lighter_and_at_least_7_pt(string template, string language, PaperSize paper)
    {
        var result = SampleBriefs.Compose(template, new BriefOptions(Language: language, Paper: paper));
        var document = result.Document!;
        var fonts = result.Context!.Template.Fonts;
        var furniture = new[] { document.Furniture!.Header, document.Furniture.Footer }
            .Select(part => part!(new PageContext(2, 4, "Section"))!)
            .SelectMany(e => e.Spans()).Where(s => s.Text.Length > 0).ToList();

        Assert.All(document.Body.Spans().Where(s => s.Style.Family == fonts.Body), s => Assert.True(s.Style.Size >= 9, $"'{s.Text}' at {s.Style.Size} pt"));
        Assert.NotEmpty(furniture);
        Assert.All(furniture, s => Assert.True(s.Style.Size >= 7 && s.Style.Size < fonts.Size, $"furniture '{s.Text}' at {s.Style.Size} pt, body at {fonts.Size} pt"));
        Assert.All(furniture, s => Assert.True(Luminance(s.Style.Color) > Luminance(BriefStyles.Ink), $"furniture '{s.Text}' is as dark as body text"));
    }

    [Theory]
    [MemberData(nameof(Briefs))]
    public void No_lead_in_is_smaller_than_the_text_after_it(string template, string language, PaperSize paper)
    {
        foreach (var paragraph in Composed(template, language, paper).Body.All<Paragraph>())
        {
            var spans = paragraph.Spans.Where(s => !string.IsNullOrWhiteSpace(s.Text)).ToList();
            if (spans.Count < 2 || !spans[0].Style.Bold)
            {
                continue;
            }

            var larger = spans.Skip(1).FirstOrDefault(s => s.Style.Size > spans[0].Style.Size);
            Assert.True(larger is null, $"'{spans[0].Text}' at {spans[0].Style.Size} pt is followed by '{larger?.Text}' at {larger?.Style.Size} pt");
        }
    }

    private static Document Composed(string template, string language, PaperSize paper)
    {
        var result = SampleBriefs.Compose(template, new BriefOptions(Language: language, Paper: paper));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Document!;
    }

    // "ABCDEF+DejaVuSerif-BoldItalic" is the family DejaVuSerif: a subset's tag before '+', the face after '-'.
    private static string Family(string? fontName)
    {
        var name = (fontName ?? string.Empty)[((fontName ?? string.Empty).IndexOf('+') + 1)..];
        return name.Split('-')[0];
    }

    private static double Luminance(Color color) => (0.2126 * color.R) + (0.7152 * color.G) + (0.0722 * color.B);
}
