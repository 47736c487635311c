using System.Collections.Concurrent;
using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Tests.Bibliography.Oracle;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Composition.Tests.Builders;

/// <summary>The shipped templates on the sample dossier, laid out (not written) in each language on each paper, each
/// once per test run, for tests that read the pages.</summary>
internal static class SampleLayouts
{
    private static readonly ConcurrentDictionary<(string, string, PaperSize), Lazy<(BriefResult, LayoutResult)>> Laid = new();

    /// <summary>Every template in English, French and Armenian, on A4 and Letter.</summary>
    public static TheoryData<string, string, PaperSize> All()
    {
        var briefs = new TheoryData<string, string, PaperSize>();
        foreach (var template in new[] { "handout", "legislative-brief", "archival-snapshot", "annual-report" })
        {
            foreach (var language in new[] { "en", "fr", "hy" })
            {
                briefs.Add(template, language, PaperSize.A4);
                briefs.Add(template, language, PaperSize.Letter);
            }
        }

        return briefs;
    }

    public static (BriefResult Result, LayoutResult Layout) Lay(string name, string language, PaperSize paper) =>
        Laid.GetOrAdd((name, language, paper), key => new Lazy<(BriefResult, LayoutResult)>(() =>
        {
            var options = new BriefOptions(Language: language, Paper: paper);
            var template = SampleBriefs.Catalog.Load(name).Template!;
            var inputs = BuildInputs.From("artsakh-exodus-2023.xlsx", File.ReadAllBytes(RepositoryPaths.SampleWorkbook), template, options, "0.1.0");
            var (result, layout) = BriefPdf.Lay(SampleBriefs.Dossier, template, options, inputs);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            return (result, layout!);
        })).Value;

    /// <summary>Whether a box lies within another (half a point of slack).</summary>
    public static bool Inside(LaidOutBox box, LaidOutBox outer) =>
        box.Y >= outer.Y - 0.5 && box.Bottom <= outer.Bottom + 0.5 && box.X >= outer.X - 0.5 && box.X + box.Width <= outer.X + outer.Width + 0.5;
}
