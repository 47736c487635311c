using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections.Provenance;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Sections.Provenance;

public class ProvenanceSectionTests
{
    [Fact]
    public void Provenance_names_the_workbook_its_hash_the_template_the_tool_and_the_build_fingerprint()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        var text = ProvenanceSection.Compose(context, new ProvenanceSpec()).Text();

        Assert.Contains("sample.xlsx", text);
        Assert.Contains(new string('a', 64), text);
        Assert.Contains(new string('b', 64), text);
        Assert.Contains("BriefBuilder 0.1.0", text);
        Assert.Contains(context.Inputs.Fingerprint, text);
        Assert.Contains("6 statements, 2 events, 4 sources, 3 people and 3 institutions", text);
    }

    [Fact]
    public void Counts_say_how_many_the_workbook_has_where_the_brief_has_fewer()
    {
        var dossier = DossierBuilder.Sample().Institution("I99", "Named by no statement").Build();

        var text = ProvenanceSection.Compose(TestBriefs.Context(dossier), new ProvenanceSpec()).Text();

        Assert.Contains("6 statements, 2 events, 4 sources, 3 people and 3 of the workbook’s 4 institutions", text);
    }

    [Fact]
    public void The_coding_note_comes_first_under_its_own_heading()
    {
        var dossier = DossierBuilder.Sample().Brief(new BriefInfo("T", CodingNote: "Stances were coded by two readers.")).Build();

        var section = ProvenanceSection.Compose(TestBriefs.Context(dossier), new ProvenanceSpec());

        Assert.Equal(["Coding note", "Record of this build"], section.Headings(2));
        Assert.Contains("Stances were coded by two readers.", section.Text());
    }

    [Fact]
    public void The_selection_lists_each_filter_in_force()
    {
        var template = TestBriefs.Template(new ProvenanceSpec()) with
        {
            Filters = new TemplateFilters { Stances = ["recognises"], VerifiedOnly = true, Year = new YearChoice(false, 2024) },
        };
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), template, new BriefOptions(AsOf: new DateOnly(2024, 3, 31)));

        var lines = ProvenanceSection.Selection(context).Select(BriefBuilder.Composition.Tests.Builders.ElementQueries.Plain);

        Assert.Equal(["Stances: Recognises forced displacement", "Verified statements only", "Dated 1 January 2024 to 31 March 2024"], lines);
    }

    [Fact]
    public void Without_filters_the_selection_says_everything_was_included()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build());

        Assert.Equal(["All statements, events and sources of the workbook"], ProvenanceSection.Selection(context));
    }
}
