using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Tests.Sections.Stances;

public class SpeakerPositionSplitTests
{
    private static readonly BriefBuilder.Composition.Sections.BriefContext Context = TestBriefs.Context(DossierBuilder.Sample().Build());

    [Fact]
    public void Long_roles_beside_short_positions_widen_the_speaker_column()
    {
        var rows = Enumerable.Range(0, 5).Select(_ => Row(Words("role", 40), Words("said", 4))).ToList();

        Assert.True(SpeakerPositionSplit.Share(Context, 400, rows.Count, i => rows[i], 0.3) > 0.3);
    }

    [Fact]
    public void Long_positions_beside_short_names_narrow_the_speaker_column()
    {
        var rows = Enumerable.Range(0, 5).Select(_ => Row(Words("name", 2), Words("said", 80))).ToList();

        Assert.True(SpeakerPositionSplit.Share(Context, 400, rows.Count, i => rows[i], 0.3) < 0.3);
    }

    [Fact]
    public void The_chosen_share_never_takes_more_lines_than_the_preferred_one()
    {
        var rows = new[] { Row(Words("role", 25), Words("said", 30)), Row(Words("name", 3), Words("said", 60)), Row(Words("role", 12), Words("said", 5)) };

        var share = SpeakerPositionSplit.Share(Context, 400, rows.Length, i => rows[i], 0.32);

        Assert.True(Lines(rows, share) <= Lines(rows, 0.32));
    }

    [Fact]
    public void A_long_table_is_measured_through_its_length_not_by_its_first_rows()
    {
        // Long roles on the first thousand rows, long positions on the four thousand after them.
        var rows = Enumerable.Range(0, 5000).Select(i => i < 1000 ? Row(Words("role", 40), Words("said", 4)) : Row(Words("name", 2), Words("said", 80))).ToList();

        Assert.True(SpeakerPositionSplit.Share(Context, 400, rows.Count, i => rows[i], 0.3) < 0.3);
    }

    [Fact]
    public void A_long_table_asks_for_no_more_rows_than_are_measured_each_once()
    {
        var asked = new List<int>();
        var row = Row(Words("name", 2), Words("said", 12));

        SpeakerPositionSplit.Share(Context, 400, 25_000, i => { asked.Add(i); return row; }, 0.3);

        Assert.Equal(SpeakerPositionSplit.MeasuredRows, asked.Count);
        Assert.Equal(asked.Count, asked.Distinct().Count());
        Assert.Equal(0, asked.Min());
        Assert.True(asked.Max() >= 24_900, $"The last row measured is {asked.Max()} of 25,000.");
    }

    private static int Lines(IEnumerable<SplitRow> rows, double share) =>
        rows.Sum(r => Math.Max(Context.Widths.Lines(r.Speaker, (400 * share) - 8), Context.Widths.Lines(r.Position[0], (400 * (1 - share)) - 8)));

    private static string Words(string word, int count) => string.Join(' ', Enumerable.Repeat(word, count));

    private static SplitRow Row(string speaker, string position) =>
        new([new Span(speaker, Context.Styles.Small)], [[new Span(position, Context.Styles.Small)]], 1);
}
