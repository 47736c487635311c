using System.Collections;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Localization;

public class BriefLanguageTests
{
    public static TheoryData<string> Codes => new(BriefLanguage.Codes);

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_label_of_every_language_is_filled_in(string code)
    {
        var missing = EmptyStrings(BriefLanguage.Get(code).Pack, code).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_language_has_twelve_months_in_each_form(string code)
    {
        var dates = BriefLanguage.Get(code).Pack.Dates;

        Assert.All(new[] { dates.Months, dates.MonthsInDate, dates.MonthsShort }, list => Assert.Equal(12, list.Count));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("hy")]
    public void French_and_Armenian_name_every_enum_value_themselves(string code)
    {
        var enums = BriefLanguage.Get(code).Pack.Enums;

        foreach (var type in new[] { typeof(InstitutionType), typeof(SourceType), typeof(ClaimStatus) })
        {
            Assert.True(enums.ContainsKey(type.Name), $"{code} has no labels for {type.Name}");
            Assert.Equal(Enum.GetNames(type).Order(), enums[type.Name].Keys.Order());
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Labels_use_only_the_placeholders_the_english_labels_use(string code)
    {
        var english = Patterns(BriefLanguage.English.Pack.Labels);
        var other = Patterns(BriefLanguage.Get(code).Pack.Labels);

        foreach (var (name, pattern) in english)
        {
            Assert.Equal(TextPattern.Placeholders(pattern).Order(), TextPattern.Placeholders(other[name]).Order());
        }
    }

    [Fact]
    public void Armenian_months_are_armenian_words_in_the_nominative_and_genitive()
    {
        var dates = BriefLanguage.Get("hy").Pack.Dates;

        Assert.Equal("սեպտեմբեր", dates.Months[8]);
        Assert.Equal("սեպտեմբերի", dates.MonthsInDate[8]);
        Assert.Equal("ապրիլ", dates.Months[3]);
        Assert.All(dates.Months, m => Assert.All(m, c => Assert.InRange(c, '\u0531', '\u058F')));
    }

    [Theory]
    [InlineData("en", new[] { "A" }, "A")]
    [InlineData("en", new[] { "A", "B" }, "A and B")]
    [InlineData("en", new[] { "A", "B", "C" }, "A, B and C")]
    [InlineData("fr", new[] { "A", "B", "C" }, "A, B et C")]
    [InlineData("hy", new[] { "Ա", "Բ", "Գ" }, "Ա, Բ և Գ")]
    public void Lists_join_the_last_two_items_with_the_language_s_and_without_a_serial_comma(string code, string[] items, string expected)
    {
        Assert.Equal(expected, BriefLanguage.Get(code).List(items));
    }

    [Theory]
    [InlineData("en", 1, "1 statement")]
    [InlineData("en", 0, "0 statements")]
    [InlineData("en", 31, "31 statements")]
    [InlineData("fr", 0, "0 déclaration")]
    [InlineData("fr", 2, "2 déclarations")]
    [InlineData("hy", 31, "31 հայտարարություն")]
    public void Quantities_take_the_noun_form_the_language_s_plural_rule_asks_for(string code, int count, string expected)
    {
        var language = BriefLanguage.Get(code);

        Assert.Equal(expected, language.Quantity(count, language.Nouns.Statement));
    }

    [Theory]
    [InlineData("en", "12,345")]
    [InlineData("fr", "12\u202F345")]
    [InlineData("hy", "12\u00A0345")]
    public void Numbers_group_thousands_with_the_language_s_separator(string code, string expected)
    {
        Assert.Equal(expected, BriefLanguage.Get(code).Number(12345));
    }

    [Theory]
    [InlineData("en", "52%")]
    [InlineData("fr", "52\u00A0%")]
    public void Percentages_round_to_whole_numbers_in_the_language_s_form(string code, string expected)
    {
        Assert.Equal(expected, BriefLanguage.Get(code).Percent(16, 31));
    }

    [Theory]
    [InlineData("en", InstitutionType.ThinkTank, "Think tank")]
    [InlineData("en", InstitutionType.Ngo, "NGO")]
    [InlineData("fr", InstitutionType.ThinkTank, "Groupe de réflexion")]
    [InlineData("hy", InstitutionType.Court, "Դատարան")]
    public void Enum_labels_come_from_the_language_file_or_are_humanised(string code, InstitutionType type, string expected)
    {
        Assert.Equal(expected, BriefLanguage.Get(code).Label(type));
    }

    [Fact]
    public void An_unknown_language_is_not_found()
    {
        Assert.Null(BriefLanguage.Find("de"));
    }

    private static Dictionary<string, string> Patterns(LabelWords labels) =>
        typeof(LabelWords).GetProperties().ToDictionary(p => p.Name, p => (string)p.GetValue(labels)!);

    private static IEnumerable<string> EmptyStrings(object value, string path)
    {
        foreach (var property in value.GetType().GetProperties())
        {
            var child = property.GetValue(value);
            var childPath = $"{path}.{property.Name}";
            switch (child)
            {
                case string text when text.Length == 0:
                    yield return childPath;
                    break;
                case string:
                case bool:
                    break;
                case IList list when list.Count == 0:
                    yield return childPath;
                    break;
                case IEnumerable:
                    break;
                case null:
                    yield return childPath;
                    break;
                default:
                    foreach (var inner in EmptyStrings(child, childPath))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }
}
