using System.Text.RegularExpressions;
using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Diagnostics;
using UglyToad.PdfPig;

namespace BriefBuilder.Composition.Tests.Briefs;

/// <summary>A handout (fit: statements) of a record with more statements than two pages hold: as many as fit, each
/// stance keeping its share, and the brief says so.</summary>
public class BudgetFitTests
{
    private static readonly Lazy<BriefOutput> Handout = new(() =>
    {
        var builder = new DossierBuilder().Stance("a", "First stance").Stance("b", "Second stance").Institution("I01", "Institution One").Source("S1");
        for (var i = 1; i <= 90; i++)
        {
            builder.Claim($"C{i:00}", Edtf.On(2023, 1 + (i % 12), 1 + (i % 28)), i % 3 == 0 ? "b" : "a", "I01", sources: ["S1"], locator: $"p. {i}",
                summary: $"Statement number {i} of the record, long enough to take two lines in a column of the handout.");
        }

        var template = SampleBriefs.Catalog.Load("handout").Template!;
        return BriefPdf.Build(builder.Build(), template, BriefOptions.None, TestBriefs.Inputs());
    });

    [Fact]
    public void The_handout_of_a_large_record_fits_its_two_pages_with_a_warning()
    {
        var output = Handout.Value;

        Assert.True(output.Success, string.Join("\n", output.Diagnostics));
        Assert.Equal(2, output.PageCount);
        var warning = Assert.Single(output.Diagnostics, d => d.Code == BriefCodes.FittedToBudget);
        Assert.Matches(@"^the brief shows \d+ of its 90 statements, to fit the 2 pages", warning.Message);
    }

    [Fact]
    public void The_brief_says_how_many_it_shows_and_each_stance_keeps_its_share()
    {
        var text = Regex.Replace(SampleBriefs.PdfToText(Handout.Value.Pdf!), @"\s+", " ");

        var shown = int.Parse(Regex.Match(text, @"This brief has room for (\d+) of the 90 statements selected").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"{shown} of 90 statements by 1 speaker or institution", text, StringComparison.Ordinal);
        var first = Count(text, "First stance");
        var second = Count(text, "Second stance");
        Assert.Equal(shown, first + second);

        // 60 of the 90 statements are the first stance's: so are about two thirds of those shown.
        Assert.InRange(first, (shown * 2 / 3) - 1, (shown * 2 / 3) + 1);
        Assert.Equal(shown, Regex.Matches(text, @"Statement number \d+ of the record").Count);
    }

    [Fact]
    public void The_statements_shown_are_the_most_recent_of_each_stance()
    {
        using var pdf = PdfDocument.Open(Handout.Value.Pdf!);
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));

        // The record's latest dates are in December (i % 12 == 11); none of them is left out while an earlier one is in.
        var shownNumbers = Regex.Matches(text, @"Statement number (\d+) of").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(shownNumbers, i => i % 12 == 11);
        Assert.DoesNotContain(shownNumbers, i => i % 12 == 0 && i % 3 != 0);
    }

    private static int Count(string text, string stance) =>
        int.Parse(Regex.Match(text, Regex.Escape(stance) + @" · (\d+) statements").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
}
