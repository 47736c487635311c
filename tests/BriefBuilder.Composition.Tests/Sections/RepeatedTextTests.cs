using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Sections;

/// <summary>Texts a brief prints for many statements alike (a locator, a speaker's role and body) are one string each
/// in the composed brief, however many statements print them and however the record holds them.</summary>
public class RepeatedTextTests
{
    [Fact]
    public void A_locator_and_a_speakers_role_printed_on_many_rows_are_one_string_each()
    {
        var builder = DossierBuilder.Sample();
        foreach (var id in new[] { "C91", "C92", "C93" })
        {
            // Each claim's locator a string of its own, as a record read from cells would hold them.
            builder.Claim(id, Edtf.On(2023, 10, 1), "recognises", null, ["P02"], citations: [new("S04", string.Concat("p.", " 4"))]);
        }

        var context = TestBriefs.Context(builder.Build(), TestBriefs.Template(new StanceTablesSpec()));
        var spans = StanceTablesSection.Compose(context, new StanceTablesSpec()).Spans().ToList();

        var locators = spans.Where(s => ElementQueries.Plain(s.Text).EndsWith("p. 4", StringComparison.Ordinal)).GroupBy(s => s.Text).ToList();
        var roles = spans.Where(s => s.Text.StartsWith(", Representative", StringComparison.Ordinal)).GroupBy(s => s.Text).ToList();
        Assert.Contains(locators, same => same.Count() >= 3);
        Assert.Contains(roles, same => same.Count() >= 2);
        Assert.All(locators.Concat(roles), same => Assert.All(same, s => Assert.Same(same.First().Text, s.Text)));
    }
}
