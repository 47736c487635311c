using System.Text;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Workbooks;
using Xunit.Abstractions;

namespace BriefBuilder.Robustness.Tests.Fuzzing;

/// <summary>A fixed-seed batch of template mutants: each is loaded, and one template in five that loads is built with the
/// clean corpus dossier. Every case ends in a template or diagnostics with a place, within the budgets.</summary>
public sealed class TemplateFuzzTests(ITestOutputHelper output)
{
    private const int Cases = 600;
    private const int BuildEvery = 5;

    [Fact]
    public void Every_mutant_template_ends_in_a_template_or_diagnostics_within_budget()
    {
        var dossier = WorkbookReader.Read(Path.Combine(AppContext.BaseDirectory, "corpus", "workbooks", "clean.xlsx")).Dossier!;
        var catalog = TemplateCatalog.Locate(AppContext.BaseDirectory);
        var seeds = catalog.Names.Select(name => File.ReadAllText(Path.Combine(catalog.Directory, name + ".yaml"))).ToList();
        var mutator = new TemplateMutator(new Random(FuzzSettings.Seed));
        var batch = new FuzzBatch("template");
        var loaded = 0;
        var built = 0;
        var cases = FuzzSettings.Cases(Cases);
        for (var i = 0; i < cases; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(mutator.Mutate(seeds[i % seeds.Count]));

            // Named as if in the templates folder, so font paths resolve as the shipped templates' do.
            var file = Path.Combine(catalog.Directory, $"mutant-{i}.yaml");
            batch.Run(i, bytes, ".yaml", () =>
            {
                var result = TemplateLoader.Parse($"mutant-{i}", file, bytes);
                Assert.True(result.Template is not null || result.Diagnostics.Any(d => d.Location.Line is not null || d.Location.File == file), "no template and no diagnostic");
                if (result.Template is { } template && ++loaded % BuildEvery == 0)
                {
                    built++;
                    var brief = Briefs.Build(dossier, template);
                    Assert.True(brief.Success || brief.Diagnostics.Count > 0, "no brief and no diagnostic");
                }
            });
        }

        output.WriteLine($"{batch.Cases} cases (seed {FuzzSettings.Seed}): {loaded} loaded, {built} built into briefs");
        Assert.True(loaded > cases / 20, "too few mutants loaded for the batch to reach the composer");
        Assert.True(batch.Failures.Count == 0, $"{batch.Failures.Count} of {batch.Cases} cases failed:\n{string.Join("\n", batch.Failures.Take(10))}");
    }
}
