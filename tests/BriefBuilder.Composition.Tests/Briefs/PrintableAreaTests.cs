using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Document;

namespace BriefBuilder.Composition.Tests.Briefs;

/// <summary>Nothing of the sample's briefs, running header and footer included, is printed in the outer 10 mm of the
/// page, which office printers clip (BRIEF-DESIGN: page and text).</summary>
public sealed class PrintableAreaTests
{
    private const double TenMillimetres = 10 * 72 / 25.4;

    public static TheoryData<string, string, PaperSize> Briefs() => SampleLayouts.All();

    [Theory]
    [MemberData(nameof(Briefs))]
    public void Nothing_is_printed_in_the_outer_ten_millimetres(string template, string language, PaperSize paper)
    {
        var (_, layout) = SampleLayouts.Lay(template, language, paper);

        foreach (var page in layout.Pages)
        {
            var outside = page.Boxes.Where(b => b.Width > 0 && (b.X < TenMillimetres || b.Y < TenMillimetres
                || b.X + b.Width > page.Width - TenMillimetres || b.Bottom > page.Height - TenMillimetres)).ToList();
            Assert.True(outside.Count == 0, $"page {page.Number}: " + string.Join("; ", outside.Select(b => $"{b.Kind} at ({b.X:0.#}, {b.Y:0.#}) {b.Width:0.#} x {b.Height:0.#}")));
        }
    }
}
