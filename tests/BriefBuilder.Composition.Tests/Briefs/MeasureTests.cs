using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Composition.Tests.Briefs;

/// <summary>Running text keeps to a readable measure: 55 to 80 characters a line (BRIEF-DESIGN: page and text), counted
/// over the lines of the sample's laid-out paragraphs that are not the last of their paragraph, outside tables (whose
/// cells are narrower by design) and leaving out the title and subtitle, set larger.</summary>
public sealed class MeasureTests
{
    public static TheoryData<string, string, PaperSize> Briefs() => SampleLayouts.All();

    [Theory]
    [MemberData(nameof(Briefs))]
    public void Running_text_runs_55_to_80_characters_a_line(string template, string language, PaperSize paper)
    {
        var (result, layout) = SampleLayouts.Lay(template, language, paper);
        var bodySize = result.Context!.Template.Fonts.Size;

        var lengths = layout.Pages.SelectMany(page => FullLines(page, bodySize)).Select(line => (line.Text.Length, line.Text)).ToList();

        File.AppendAllText("/tmp/type3/lines.txt", string.Join("\n", lengths.Select(l => $"{template}.{language}.{paper}\t{l.Length}\t{l.Text}")) + "\n");
        Assert.NotEmpty(lengths);
        var longest = lengths.MaxBy(l => l.Length);
        Assert.True(longest.Length <= 80, $"a line of {longest.Length} characters: \"{longest.Text}\"");
        var median = lengths.Select(l => l.Length).Order().ElementAt(lengths.Count / 2);
        Assert.True(median >= 55, $"lines of {median} characters at the median");
    }

    /// <summary>The lines of each paragraph on the page but its last, in paragraphs outside tables and set no larger than body text.</summary>
    private static IEnumerable<LaidOutBox> FullLines(LaidOutPage page, double bodySize)
    {
        var tables = page.Boxes.Where(b => b.Kind is "TableRow" or "TableHeader" or "Header" or "Footer").ToList();
        var lines = page.OfKind("Line").ToList();
        foreach (var paragraph in page.OfKind("Paragraph").Where(p => !tables.Any(t => SampleLayouts.Inside(p, t))))
        {
            var own = lines.Where(l => SampleLayouts.Inside(l, paragraph)).OrderBy(l => l.Y).ToList();
            // Body text is set at 1.3 to 1.35 times its size: a taller line is the title's or the subtitle's.
            foreach (var line in own.SkipLast(1).Where(l => l.Height <= bodySize * 1.4))
            {
                yield return line;
            }
        }
    }
}
