using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Composition.Tests.Briefs;

/// <summary>Running text keeps to a readable measure, counted over the lines of the sample's laid-out paragraphs that are
/// not the last of their paragraph, outside tables and label columns (a date beside its entry), whose cells are narrower
/// by design, and leaving out the title and subtitle, set larger: no line over 80 characters; single-column text 55 to 80 at the median (BRIEF-DESIGN: page and
/// text); text in two columns (the handout's statements) at least 40, Bringhurst's 40 to 50 for multi-column work
/// (The Elements of Typographic Style, 2.1.2).</summary>
public sealed class MeasureTests
{
    public static TheoryData<string, string, PaperSize> Briefs() => SampleLayouts.All();

    [Theory]
    [MemberData(nameof(Briefs))]
    public void Running_text_keeps_to_its_measure(string template, string language, PaperSize paper)
    {
        var (result, layout) = SampleLayouts.Lay(template, language, paper);
        var bodySize = result.Context!.Template.Fonts.Size;

        var lines = layout.Pages.SelectMany(page => FullLines(page, bodySize)).ToList();

        Assert.NotEmpty(lines);
        var longest = lines.MaxBy(l => l.Line.Text.Length).Line.Text;
        Assert.True(longest.Length <= 80, $"a line of {longest.Length} characters: \"{longest}\"");
        var single = Median(lines.Where(l => !l.InColumn));
        Assert.True(single >= 55, $"single-column lines of {single} characters at the median");
        if (lines.Any(l => l.InColumn))
        {
            var columns = Median(lines.Where(l => l.InColumn));
            Assert.True(columns >= 40, $"lines in columns of {columns} characters at the median");
        }
    }

    private static int Median(IEnumerable<(LaidOutBox Line, bool InColumn)> lines)
    {
        var lengths = lines.Select(l => l.Line.Text.Length).Order().ToList();
        return lengths.Count == 0 ? int.MaxValue : lengths[lengths.Count / 2];
    }

    /// <summary>The lines of each paragraph on the page but its last, in paragraphs outside tables, at least a third of
    /// the text width wide and set no larger than body text, each saying whether its paragraph sits in a column (narrower
    /// than half the text width).</summary>
    private static IEnumerable<(LaidOutBox Line, bool InColumn)> FullLines(LaidOutPage page, double bodySize)
    {
        var textWidth = page.OfKind("Footer").Single().Width;
        var tables = page.Boxes.Where(b => b.Kind is "TableRow" or "TableHeader" or "Header" or "Footer").ToList();
        var lines = page.OfKind("Line").ToList();
        foreach (var paragraph in page.OfKind("Paragraph").Where(p => p.Width >= textWidth / 3 && !tables.Any(t => SampleLayouts.Inside(p, t))))
        {
            var own = lines.Where(l => SampleLayouts.Inside(l, paragraph)).OrderBy(l => l.Y).ToList();
            // Body text is set at 1.3 to 1.35 times its size: a taller line is the title's or the subtitle's.
            foreach (var line in own.SkipLast(1).Where(l => l.Height <= bodySize * 1.4))
            {
                yield return (line, paragraph.Width < textWidth / 2);
            }
        }
    }
}
