using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Records;

namespace BriefBuilder.Robustness.Tests.Fuzzing;

/// <summary>The shipped templates, loaded once, and a build of a dossier with one of them, as `build` makes it.</summary>
internal static class Briefs
{
    private static readonly Lazy<IReadOnlyList<BriefTemplate>> Loaded = new(() =>
    {
        var catalog = TemplateCatalog.Locate(AppContext.BaseDirectory);
        return [.. catalog.Names.Select(name => catalog.Load(name).Template!)];
    });

    public static IReadOnlyList<BriefTemplate> Shipped => Loaded.Value;

    /// <summary>The brief's bytes, or the diagnostics that stopped it; never an exception for any dossier the reader gives.</summary>
    public static BriefOutput Build(Dossier dossier, BriefTemplate template)
    {
        var inputs = new BuildInputs("fuzz.xlsx", "0", template.Name, template.ContentHash, BriefOptions.None, "fuzz");
        return BriefPdf.Build(dossier, template, BriefOptions.None, inputs);
    }
}
