using BriefBuilder.Dates;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Bibliography.TestSources;

/// <summary>
/// Every source type crossed with every kind of authorship, with and without container and publisher, and
/// every kind of date, the URL and access date varying along; names and titles are unique so that neither
/// sorting nor disambiguation depends on chance. Titles are lower case to exercise capitalisation.
/// </summary>
internal static class FieldCombinations
{
    private static readonly Func<int, string[]>[] Authorships =
    [
        _ => [],
        n => [$"Fam{n:D4}a, Given"],
        n => [$"Fam{n:D4}a, Given", $"Fam{n:D4}b, Other"],
        n => [$"Organisation {n:D4}"],
    ];

    private static readonly DateValue?[] DatesToTry =
    [
        null,
        DateValues.Year(2021),
        DateValues.Month(2021, 3),
        DateValues.Day(2021, 3, 4),
        DateValues.Season(2021, Season.Spring),
        DateValues.Day(2021, 3, 4, DateQualifiers.Approximate),
        DateValues.Between(DateValues.Month(2021, 3), DateValues.Month(2022, 5)),
        DateValues.Between(DateValues.Day(2021, 3, 4), DateValues.Day(2021, 3, 6)),
    ];

    public static IReadOnlyList<Source> All { get; } = Build();

    private static List<Source> Build()
    {
        var sources = new List<Source>();
        var n = 0;
        foreach (var type in Enum.GetValues<SourceType>())
        {
            foreach (var authorship in Authorships)
            {
                foreach (var hasContainer in new[] { false, true })
                {
                    foreach (var hasPublisher in new[] { false, true })
                    {
                        foreach (var date in DatesToTry)
                        {
                            n++;
                            sources.Add(Combination(n, type, authorship(n), hasContainer, hasPublisher, date));
                        }
                    }
                }
            }
        }

        return sources;
    }

    private static Source Combination(int n, SourceType type, string[] authors, bool hasContainer, bool hasPublisher, DateValue? date)
    {
        var source = SourceBuilder.Source($"X{n:D4}", type).By(authors).Titled($"title of item {n:D4}");
        if (hasContainer)
        {
            source.In($"container {n:D4}");
        }

        if (hasPublisher)
        {
            source.PublishedBy($"publisher {n:D4}");
        }

        if (date is not null)
        {
            source.Dated(date);
        }

        // The link varies with the item number: none, a URL, or a URL with an access date.
        if (n % 3 > 0)
        {
            source.At($"https://example.org/{n:D4}");
        }

        if (n % 3 == 2)
        {
            source.Accessed(DateValues.Day(2024, 1, 15));
        }

        return source;
    }
}
