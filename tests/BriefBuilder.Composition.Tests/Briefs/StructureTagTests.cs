using System.Diagnostics;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Tests.Builders;

namespace BriefBuilder.Composition.Tests.Briefs;

/// <summary>The sample handout's structure as poppler's <c>pdfinfo -struct-text</c> reads it: the title is the top
/// heading, and a legend's swatches are artifacts beside their labels, not figures saying the label again.</summary>
public sealed class StructureTagTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("hy")]
    public void The_title_is_tagged_as_the_top_heading(string language)
    {
        var options = new BriefOptions(Language: language);
        var lines = StructText("handout", options);
        var title = SampleBriefs.Compose("handout", options).Context!.Title;

        var at = lines.FindIndex(l => l.Trim() == $"\"{title}\"");
        Assert.Equal("H1 (block)", lines[at - 1].Trim());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void Legend_swatches_are_not_figures(string language)
    {
        var options = new BriefOptions(Language: language);
        var lines = StructText("handout", options);
        var labels = SampleBriefs.Compose("handout", options).Context!.Labels;
        var legend = new[] { labels.LegendEvent, labels.LegendFuzzy, labels.LegendUndated }.Select(l => $"\"{l}\"").ToHashSet();

        Assert.Contains(lines, l => legend.Contains(l.Trim()));
        for (var i = 0; i + 3 < lines.Count; i++)
        {
            if (legend.Contains(lines[i].Trim()))
            {
                Assert.DoesNotContain(lines.Skip(i - 6).Take(6), l => l.Trim() == "Figure:");
            }
        }
    }

    private static List<string> StructText(string template, BriefOptions options)
    {
        var output = SampleBriefs.Build(template, options);
        Assert.True(output.Success, string.Join("\n", output.Diagnostics));
        var path = Path.Combine(Path.GetTempPath(), $"briefbuilder-struct-{Environment.ProcessId}-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, output.Pdf!);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdfinfo", ["-struct-text", path]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return [.. text.Split('\n')];
        }
        finally
        {
            File.Delete(path);
        }
    }
}
