using Xunit.Abstractions;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Robustness.Tests.Fuzzing;

/// <summary>A fixed-seed batch of workbook mutants: each is read, and every dossier that comes out of one in twenty is
/// built into a brief. Every case ends in a dossier or diagnostics, within the time and memory budgets.</summary>
public sealed class WorkbookFuzzTests(ITestOutputHelper output) : TestFolder
{
    private const int Cases = 1_600;
    private const int BuildEvery = 20;

    private static readonly string[] Seeds =
    [
        Path.Combine(AppContext.BaseDirectory, "corpus", "workbooks", "clean.xlsx"),
        Path.Combine(AppContext.BaseDirectory, "corpus", "workbooks", "year-0001-to-9999.xlsx"),
        Path.Combine(AppContext.BaseDirectory, "workbooks", "messy.xlsx"),
    ];

    [Fact]
    public void Every_mutant_workbook_ends_in_a_dossier_or_diagnostics_within_budget()
    {
        var seeds = Seeds.Select(path => WorkbookMutator.Unzip(File.ReadAllBytes(path))).ToList();
        var random = new Random(FuzzSettings.Seed);
        var mutator = new WorkbookMutator(random);
        var batch = new FuzzBatch("workbook");
        var read = 0;
        var built = 0;
        var path = Path.Combine(Folder, "mutant.xlsx");
        var cases = FuzzSettings.Cases(Cases);
        for (var i = 0; i < cases; i++)
        {
            var mutant = mutator.Mutate(seeds[i % seeds.Count]);
            File.WriteAllBytes(path, mutant);
            batch.Run(i, mutant, ".xlsx", () =>
            {
                var result = WorkbookReader.Read(path);
                Assert.True(result.Dossier is not null || result.HasErrors, "no dossier and no error");
                if (result.Dossier is { } dossier)
                {
                    read++;
                    if (read % BuildEvery == 0)
                    {
                        var output = Briefs.Build(dossier, Briefs.Shipped[built++ % Briefs.Shipped.Count]);
                        Assert.True(output.Success || output.Diagnostics.Count > 0, "no brief and no diagnostic");
                    }
                }
            });
        }

        output.WriteLine($"{batch.Cases} cases (seed {FuzzSettings.Seed}): {read} gave a dossier, {built} were built into briefs");
        Assert.True(read > cases / 20, "too few mutants read as dossiers for the batch to reach the composer");
        Assert.True(batch.Failures.Count == 0, $"{batch.Failures.Count} of {batch.Cases} cases failed:\n{string.Join("\n", batch.Failures.Take(10))}");
        Assert.Equal(cases, batch.Cases);
    }
}
