using System.Globalization;
using System.Text.RegularExpressions;
using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections.References;
using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Diagnostics;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Briefs;

/// <summary>A brief over a large record composes only what it prints, and one that cannot fit its page budget is not
/// laid out to its end.</summary>
public partial class LargeRecordTests
{
    private const int Claims = 1500;

    // The sample plus 1,500 statements, each citing a source of its own; every 500th is a key statement.
    private static readonly Lazy<Dossier> Record = new(() =>
    {
        var builder = DossierBuilder.Sample();
        for (var i = 1; i <= Claims; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"L{i:D4}");
            var day = Edtf.On(2023, 10, 1 + (i % 28));
            builder.Source("T" + id, $"Report {id}", day)
                .Claim(id, day, i % 2 == 0 ? "recognises" : "disputes", "I01", ["P01"], ["T" + id], summary: $"Statement {id} on the exodus, as reported.", isKey: i % 500 == 0);
        }

        return builder.Build();
    });

    [Fact]
    public void The_handout_over_the_key_statements_composes_those_statements_and_cites_only_their_sources()
    {
        var handout = SampleBriefs.Catalog.Load("handout").Template!;
        handout = handout with { Filters = handout.Filters with { KeyOnly = true }, AllowOverflow = true };

        var result = BriefBuild.Compose(Record.Value, handout, BriefOptions.None, TestBriefs.Inputs());

        var text = string.Concat(result.Document!.Body.Spans().Select(s => s.Text));
        Assert.Equal(["L0500", "L1000", "L1500"], Named(text, StatementName()));
        Assert.Equal(["L0500", "L1000", "L1500"], Named(text, SourceName()));
    }

    [Fact]
    public void A_brief_far_over_its_budget_stops_being_laid_out_past_the_bound_and_says_it_takes_more()
    {
        var template = TestBriefs.Template(new StanceTablesSpec()) with { PageBudget = 2, File = "templates/t.yaml" };

        var output = BriefPdf.Build(Record.Value, template, BriefOptions.None, TestBriefs.Inputs());

        Assert.Null(output.Pdf);
        var error = Assert.Single(output.Diagnostics, d => d.Code == BriefCodes.OverPageBudget);
        var bound = 2 + BriefPdf.PagesPastBudget;
        Assert.Contains($"takes more than {bound} pages, more than {bound - 2} pages over the 2", error.Message);
    }

    [Fact]
    public void The_shipped_handout_over_a_record_far_longer_than_its_pages_is_fitted_to_them()
    {
        var handout = SampleBriefs.Catalog.Load("handout").Template!;

        var output = BriefPdf.Build(Record.Value, handout, BriefOptions.None, TestBriefs.Inputs());

        Assert.True(output.Success, string.Join("\n", output.Diagnostics));
        Assert.InRange(output.PageCount, 1, 2);
        Assert.Single(output.Diagnostics, d => d.Code == BriefCodes.FittedToBudget);
    }

    [Fact]
    public void A_brief_that_not_even_one_statement_fits_is_refused_and_says_so()
    {
        // Two hundred events in the timeline fill more than two pages whatever statements are left out.
        var builder = DossierBuilder.Sample();
        for (var i = 1; i <= 200; i++)
        {
            builder.Event(string.Create(CultureInfo.InvariantCulture, $"F{i:D3}"), Edtf.On(2023, 10, 1 + (i % 28)), $"Event {i} of the record, told at some length so that it takes a line of its own");
        }

        for (var i = 1; i <= 200; i++)
        {
            builder.Claim(string.Create(CultureInfo.InvariantCulture, $"M{i:D3}"), Edtf.On(2023, 11, 1 + (i % 28)), "disputes", "I01", ["P01"], ["S01"]);
        }

        var template = TestBriefs.Template(new TimelineSpec(), new StanceTablesSpec()) with { PageBudget = 2, FitStatements = true, File = "templates/t.yaml" };

        var output = BriefPdf.Build(builder.Build(), template, BriefOptions.None, TestBriefs.Inputs());

        Assert.False(output.Success);
        var error = Assert.Single(output.Diagnostics, d => d.Code == BriefCodes.OverPageBudget);
        Assert.StartsWith("even one of its statements makes the brief longer than the 2 pages", error.Message);
    }

    [Fact]
    public void Spans_of_many_statements_share_a_few_style_objects_rather_than_one_each()
    {
        var template = TestBriefs.Template(new TimelineSpec(), new StanceTablesSpec(), new BibliographySpec());

        var result = BriefBuild.Compose(Record.Value, template, BriefOptions.None, TestBriefs.Inputs());

        var spans = result.Document!.Body.Spans().ToList();
        var styles = spans.Select(s => s.Style).Distinct(ReferenceEqualityComparer.Instance).Count();
        Assert.True(spans.Count > 3 * Claims, $"{spans.Count} spans");
        Assert.InRange(styles, 1, 40);
    }

    private static string[] Named(string text, Regex name) =>
        [.. name.Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"Statement (L\d{4})")]
    private static partial Regex StatementName();

    [GeneratedRegex(@"Report (L\d{4})")]
    private static partial Regex SourceName();
}
