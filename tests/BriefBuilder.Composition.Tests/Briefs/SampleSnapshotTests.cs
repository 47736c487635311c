using System.Runtime.CompilerServices;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Document;

namespace BriefBuilder.Composition.Tests.Briefs;

/// <summary>The sample's four briefs in English, French and Armenian, each on its template's paper, laid out and compared
/// with an approved text snapshot of their pages (every box but the lines, as the engine describes them), so that every
/// change to how briefs are composed shows as a readable diff. On a difference the received snapshot is written beside
/// the approved one; a reviewer who accepts the change copies it over.</summary>
public sealed class SampleSnapshotTests
{
    [Theory]
    [InlineData("handout", PaperSize.Letter)]
    [InlineData("legislative-brief", PaperSize.Letter)]
    [InlineData("archival-snapshot", PaperSize.A4)]
    [InlineData("annual-report", PaperSize.A4)]
    public void Sample_layouts_match_their_approved_snapshots(string template, PaperSize paper)
    {
        var differing = new List<string>();
        foreach (var language in new[] { "en", "fr", "hy" })
        {
            var received = SampleLayouts.Lay(template, language, paper).Layout.Describe(b => b.Kind != "Line");
            var approved = Path.Combine(SourceFolder(), "Approved", $"{template}.{language}.layout.approved.txt");
            var receivedPath = Path.ChangeExtension(Path.ChangeExtension(approved, null), ".received.txt");
            if (!File.Exists(approved) || File.ReadAllText(approved) != received)
            {
                File.WriteAllText(receivedPath, received);
                differing.Add($"{approved} (see {receivedPath})");
            }
            else
            {
                File.Delete(receivedPath);
            }
        }

        Assert.True(differing.Count == 0, "The layout differs from the approved snapshot; copy the received file over if the change is intended:\n" + string.Join("\n", differing));
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
