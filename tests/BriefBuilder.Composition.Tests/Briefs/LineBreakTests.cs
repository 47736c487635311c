using System.Text.RegularExpressions;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Composition.Tests.Briefs;

/// <summary>The sample's briefs, laid out in every language on both papers, never end a line inside a number with its
/// unit or noun (a date's day and month, "2023 թ."), a locator ("paras. 36–37"), a range or a name's initials. A date
/// wider than its column may go down to a second line before its year, and nowhere else.</summary>
public sealed partial class LineBreakTests
{
    public static TheoryData<string, string, PaperSize> Briefs() => SampleLayouts.All();

    [Theory]
    [MemberData(nameof(Briefs))]
    public void No_line_ends_inside_a_number_with_its_unit_a_locator_a_range_or_initials(string template, string language, PaperSize paper)
    {
        var (_, layout) = SampleLayouts.Lay(template, language, paper);

        var broken = layout.Pages.SelectMany(page => LinePairs(page).Where(Splits).Select(pair => $"page {page.Number}: \"{pair.Line}\" / \"{pair.Next}\"")).ToList();

        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Theory]
    [MemberData(nameof(Briefs))]
    public void The_cover_title_breaks_after_its_colon_and_never_inside_the_place_name(string template, string language, PaperSize paper)
    {
        var (result, layout) = SampleLayouts.Lay(template, language, paper);
        var page = layout.Pages[0];

        var title = page.OfKind("Paragraph").First(p => result.Context!.Title.StartsWith(p.Text.TrimEnd('…', ' '), StringComparison.Ordinal));
        var lines = page.OfKind("Line").Where(l => SampleLayouts.Inside(l, title)).Select(l => l.Text.TrimEnd()).ToList();

        Assert.True(lines.Count > 1);
        Assert.Contains(lines, l => l.EndsWith(':'));
        Assert.DoesNotContain(lines, l => l.EndsWith('-'));
    }

    private static bool Splits((string Line, string Next) pair) =>
        (NumberAtEnd().IsMatch(pair.Line) && char.IsLetter(pair.Next[0]))
        || (LocatorAtEnd().IsMatch(pair.Line) && char.IsDigit(pair.Next[0]))
        || (RangeAtEnd().IsMatch(pair.Line) && char.IsDigit(pair.Next[0]))
        || (InitialAtEnd().IsMatch(pair.Line) && char.IsUpper(pair.Next[0]));

    // Each line with the next line of the same paragraph (the lines inside one paragraph box, top to bottom).
    private static IEnumerable<(string Line, string Next)> LinePairs(LaidOutPage page)
    {
        var lines = page.OfKind("Line").ToList();
        foreach (var paragraph in page.OfKind("Paragraph"))
        {
            var inside = lines.Where(l => SampleLayouts.Inside(l, paragraph)).OrderBy(l => l.Y).ToList();
            for (var i = 0; i + 1 < inside.Count; i++)
            {
                if (inside[i].Text.Length > 0 && inside[i + 1].Text.Length > 0)
                {
                    yield return (inside[i].Text.TrimEnd(), inside[i + 1].Text.TrimStart());
                }
            }
        }
    }

    [GeneratedRegex(@"\d$")]
    private static partial Regex NumberAtEnd();

    [GeneratedRegex(@"(^|[\s(])(pp?|paras?|paragr|§|պարբ|էջ)\.?$")]
    private static partial Regex LocatorAtEnd();

    [GeneratedRegex(@"\d[–-]$")]
    private static partial Regex RangeAtEnd();

    [GeneratedRegex(@"(^|[\s.(-])\p{Lu}\.$")]
    private static partial Regex InitialAtEnd();
}
