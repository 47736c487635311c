using System.Collections;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Sections.Cover;
using BriefBuilder.Composition.Tests.Builders;

namespace BriefBuilder.Composition.Tests.Localization;

/// <summary>The brief's own words (every string of every language pack, the shipped templates' descriptions and audience
/// lines) use typographic apostrophes and quotation marks, never the typewriter's ' and "; French sets « » with narrow
/// no-break spaces inside them. The workbook's own text is printed as the curator wrote it and is not checked here.</summary>
public sealed class TypographicQuotesTests
{
    public static TheoryData<string> Codes => new(BriefLanguage.Codes);

    [Theory]
    [MemberData(nameof(Codes))]
    public void No_language_pack_string_holds_a_straight_apostrophe_or_quote(string code)
    {
        var straight = Strings(BriefLanguage.Get(code).Pack, code).Where(s => s.Text.Contains('\'') || s.Text.Contains('"')).ToList();

        Assert.True(straight.Count == 0, string.Join("\n", straight.Select(s => $"{s.Path}: {s.Text}")));
    }

    [Fact]
    public void French_guillemets_hold_narrow_no_break_spaces()
    {
        var strings = Strings(BriefLanguage.Get("fr").Pack, "fr").ToList();

        Assert.Contains(strings, s => s.Text.Contains('«'));
        Assert.All(strings.Where(s => s.Text.Contains('«')), s => Assert.Contains("«\u202F", s.Text, StringComparison.Ordinal));
        Assert.All(strings.Where(s => s.Text.Contains('»')), s => Assert.Contains("\u202F»", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_templates_descriptions_and_audience_lines_are_typographic()
    {
        var templates = new[] { "handout", "legislative-brief", "archival-snapshot", "annual-report" }.Select(name => SampleBriefs.Catalog.Load(name).Template!).ToList();
        var texts = templates.Select(t => t.Description)
            .Concat(templates.SelectMany(t => t.Sections.OfType<CoverSpec>()).SelectMany(cover => BriefLanguage.Codes.Select(cover.AudienceIn)))
            .OfType<string>().ToList();

        Assert.Equal(templates.Count + (3 * 3), texts.Count);
        Assert.All(texts, text => Assert.False(text.Contains('\'') || text.Contains('"'), text));
    }

    private static IEnumerable<(string Path, string Text)> Strings(object? value, string path)
    {
        switch (value)
        {
            case string text:
                yield return (path, text);
                break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    foreach (var inner in Strings(entry.Value, $"{path}.{entry.Key}"))
                    {
                        yield return inner;
                    }
                }

                break;
            case IEnumerable list:
                var index = 0;
                foreach (var item in list)
                {
                    foreach (var inner in Strings(item, $"{path}[{index++}]"))
                    {
                        yield return inner;
                    }
                }

                break;
            case null or bool or int:
                break;
            default:
                foreach (var property in value.GetType().GetProperties())
                {
                    foreach (var inner in Strings(property.GetValue(value), $"{path}.{property.Name}"))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
