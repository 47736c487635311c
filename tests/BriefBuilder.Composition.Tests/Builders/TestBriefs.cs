using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Sections;
using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Diagnostics;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Builders;

/// <summary>Prepares brief contexts for section tests.</summary>
internal static class TestBriefs
{
    public static BriefTemplate Template(params SectionSpec[] sections) => new() { Name = "test", File = "test.yaml", Sections = sections };

    public static BuildInputs Inputs(BriefOptions? options = null) =>
        new("sample.xlsx", new string('a', 64), "test", new string('b', 64), options ?? BriefOptions.None, "0.1.0");

    public static BriefContext Context(Dossier dossier, BriefTemplate? template = null, BriefOptions? options = null, string language = "en")
    {
        template ??= Template(new TimelineSpec(), new StanceTablesSpec());
        var diagnostics = new DiagnosticBag();
        var selection = Selector.Select(dossier, template, options ?? BriefOptions.None, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return new BriefContext(selection, template, Inputs(options), BriefLanguage.Get(language), 480);
    }
}
