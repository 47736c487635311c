using System.Text.RegularExpressions;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Sections.Timeline;

/// <summary>A reader of the paper alone can go from any mark of the sample's timeline graphic to its statement: the
/// graphic names every statement it draws by ID, whole, and a brief that prints no IDs beside its statements keys each
/// ID to who made it (the handout, which has no room for IDs, names none); every kind of mark drawn has its legend entry.</summary>
public sealed partial class TimelineIdentificationTests
{
    public static TheoryData<string, string> Briefs { get; } = new()
    {
        { "legislative-brief", "en" }, { "legislative-brief", "fr" }, { "legislative-brief", "hy" },
        { "archival-snapshot", "en" }, { "archival-snapshot", "hy" },
    };

    [Theory]
    [MemberData(nameof(Briefs))]
    public void Every_statement_drawn_is_named_by_its_id_in_the_graphic(string template, string language)
    {
        var brief = SampleBriefs.Compose(template, new BriefOptions(Language: language));
        var labels = Graphic(brief).Shapes.OfType<LabelShape>().Select(l => l.Text).ToList();

        var named = labels.SelectMany(Ids).ToHashSet();

        Assert.Equal(brief.Context!.Selection.Claims.Select(c => c.Id).Order(), named.Order());
    }

    [Theory]
    [MemberData(nameof(Briefs))]
    public void Each_id_the_graphic_names_can_be_followed_on_paper(string template, string language)
    {
        var options = new BriefOptions(Language: language);
        var brief = SampleBriefs.Compose(template, options);
        var context = brief.Context!;
        var key = Key(brief);
        var paper = SampleBriefs.Flattened(SampleBriefs.Text(template, options));

        if (context.Template.ShowIds)
        {
            // Beside each statement, as a word of its own.
            Assert.Null(key);
            Assert.All(context.Selection.Claims, c => Assert.Matches($@"(^|\s){c.Id}\s", paper));
        }
        else
        {
            // A key from each ID to the name its entry in the brief is printed under.
            Assert.NotNull(key);
            var text = key.Text();
            Assert.Equal(context.Selection.Claims.Select(c => c.Id).Order(), Ids(text).Order());
            Assert.All(text.Split('\n'), column => Assert.Contains(SampleBriefs.Flattened(column), ElementQueries.Plain(paper), StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Briefs))]
    public void No_label_of_the_graphic_or_its_key_is_cut(string template, string language)
    {
        var brief = SampleBriefs.Compose(template, new BriefOptions(Language: language));
        var texts = Graphic(brief).Shapes.OfType<LabelShape>().Select(l => l.Text)
            .Append(Key(brief)?.Text() ?? string.Empty);

        Assert.All(texts, t => Assert.DoesNotContain("…", t, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("hy")]
    public void A_graphic_told_to_leave_ids_out_names_no_statement_and_has_no_key(string language)
    {
        var brief = SampleBriefs.Compose("handout", new BriefOptions(Language: language));

        Assert.Empty(Graphic(brief).Shapes.OfType<LabelShape>().SelectMany(l => Ids(l.Text)));
        Assert.Null(Key(brief));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("hy")]
    public void The_legend_names_every_kind_of_mark_drawn(string language)
    {
        var brief = SampleBriefs.Compose("legislative-brief", new BriefOptions(Language: language));
        var labels = brief.Context!.Labels;
        var paragraphs = brief.Document!.Body.All<Paragraph>().Select(p => p.Text()).ToHashSet();

        // The sample has an approximate date (C27), open ends (C11, C12) and undated statements.
        Assert.Contains(ElementQueries.Plain(labels.LegendFuzzy), paragraphs);
        Assert.Contains(ElementQueries.Plain(labels.LegendVagueEnd), paragraphs);
        Assert.Contains(ElementQueries.Plain(labels.LegendUndated), paragraphs);
        Assert.Contains(ElementQueries.Plain(labels.LegendEvent), paragraphs);
    }

    [Fact]
    public void A_legend_leaves_out_the_marks_not_drawn()
    {
        var dossier = new DossierBuilder().Stance("a", "A").Institution("I01", "One")
            .Claim("C01", Edtf.On(2023, 10, 5), "a", "I01")
            .Claim("C02", Edtf.On(2023, 12, 5), "a", "I01")
            .Build();
        var context = TestBriefs.Context(dossier);

        var legend = Composition.Sections.Timeline.TimelineSection.Compose(context, new Composition.Sections.Timeline.TimelineSpec(List: Composition.Sections.Timeline.TimelineList.None))
            .All<Paragraph>().Select(p => p.Text()).ToList();

        Assert.Contains("A", legend);
        Assert.DoesNotContain(context.Labels.LegendFuzzy, legend);
        Assert.DoesNotContain(context.Labels.LegendVagueEnd, legend);
        Assert.DoesNotContain(context.Labels.LegendUndated, legend);
    }

    // The key under the graphic: the row whose first column opens with the key's words.
    private static Row? Key(Composition.Briefs.BriefResult brief) =>
        brief.Document!.Body.All<Row>().SingleOrDefault(r => r.Cells[0].Content is Paragraph p && p.Text().StartsWith(ElementQueries.Plain(brief.Context!.Labels.TimelineKey), StringComparison.Ordinal));

    private static Canvas Graphic(Composition.Briefs.BriefResult brief)
    {
        var alt = brief.Context!.Labels.TimelineAlt;
        var lead = alt[..alt.IndexOf('{', StringComparison.Ordinal)];
        return brief.Document!.Body.All<Canvas>().Single(c => c.AltText.StartsWith(lead, StringComparison.Ordinal));
    }

    // The IDs a label names, a range "C13–C23" standing for every ID from its first to its last.
    private static IEnumerable<string> Ids(string text)
    {
        foreach (Match match in IdOrRange().Matches(text))
        {
            if (!match.Groups["last"].Success)
            {
                yield return match.Value;
                continue;
            }

            var digits = match.Groups["first"].Value.Length;
            for (var n = int.Parse(match.Groups["first"].Value); n <= int.Parse(match.Groups["last"].Value); n++)
            {
                yield return match.Groups["prefix"].Value + n.ToString().PadLeft(digits, '0');
            }
        }
    }

    [GeneratedRegex(@"\b(?<prefix>C)(?<first>\d+)(\u2013C(?<last>\d+))?\b")]
    private static partial Regex IdOrRange();
}
