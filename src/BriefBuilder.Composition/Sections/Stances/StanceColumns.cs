using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Styling;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Stances;

/// <summary>Every stance's claims as short entries ("Name, institution (date): summary (citation)") under the stance's
/// marker and label, flowing in two columns of about equal height, as a handout wants (BRIEF-DESIGN: two columns).</summary>
public static class StanceColumns
{
    private const double Gap = 16;
    private const double EntrySpacing = 3;
    private const double TitleHeight = 26;

    public static Element Compose(BriefContext context, string sectionKind, StatementText text)
    {
        var columnWidth = (context.ContentWidth - Gap) / 2;
        var common = CommonSources(context);
        var blocks = new List<(Element Element, double Height, Stance Stance, bool IsTitle, string? Run)>();
        foreach (var stance in context.Selection.Stances)
        {
            blocks.Add((Title(context, stance, stance.Label), TitleHeight, stance, true, null));
            var claims = Timeline.TimelineEntries.Chronological(context.Selection.ClaimsOf(stance));
            if (claims.Count == 0)
            {
                blocks.Add((new Paragraph(context.Labels.StanceEmpty, context.Styles.SmallItalic), LineHeight(context), stance, false, null));
            }

            // Claims sharing a date label (often "undated") are listed under it once rather than each repeating it.
            foreach (var run in Runs(context, claims))
            {
                var shared = run.Count > 1 ? run[0].Label : null;
                if (shared is not null)
                {
                    blocks.Add((DateLine(context, shared), LineHeight(context) + EntrySpacing, stance, true, null));
                }

                foreach (var (claim, dateLabel) in run)
                {
                    var spans = Spans(context, claim, text, common, shared is null ? dateLabel : null);
                    blocks.Add((Entry(context, claim, sectionKind, spans), EstimatedHeight(context, spans, columnWidth), stance, false, shared));
                }
            }
        }

        var split = BalancedSplit(blocks.Select(b => (b.Height, b.IsTitle)).ToList());
        var left = blocks.Take(split).Select(b => b.Element).ToList();
        var right = blocks.Skip(split).Select(b => b.Element).ToList();
        if (split < blocks.Count && !blocks[split].IsTitle)
        {
            // The right column goes on with a stance (and perhaps a shared date) begun on the left: say so again.
            var stance = blocks[split].Stance;
            if (blocks[split].Run is { } run && blocks[split - 1].Run == run)
            {
                right.Insert(0, DateLine(context, run));
            }

            right.Insert(0, ContinuedTitle(context, stance));
        }

        var columns = new Row([new RowCell(new Column(left, EntrySpacing), Width.Relative(1)), new RowCell(new Column(right, EntrySpacing), Width.Relative(1))], Gap);
        if (common.Count == 0)
        {
            return columns;
        }

        // A source every entry cites is named once above the columns rather than after each entry.
        var sourceIds = context.Selection.Sources.Where(s => common.Contains(s.Id)).Select(s => s.Id).ToList();
        var note = CitationLinks.Spans(context, [.. sourceIds.Select(id => new Citation(id))], context.Styles.SmallItalic, brackets: false);
        var pattern = context.Labels.CommonSources;
        var marker = pattern.IndexOf("{sources}", StringComparison.Ordinal);
        var muted = context.Styles.SmallItalic with { Color = context.Styles.Muted };
        var after = pattern[(marker + "{sources}".Length)..];

        // "… cited to Smith, n.d." takes no second full stop.
        if (note[^1].Text.EndsWith('.') && after.StartsWith('.'))
        {
            after = after[1..];
        }

        Span[] noteSpans = [new(pattern[..marker], muted), .. note, new(after, muted)];
        return new Column([new Paragraph(noteSpans, context.Styles.Tight with { SpaceAfter = 2 }), columns]);
    }

    /// <summary>Where to end the left column so that both are about as tall, never leaving a stance's title at its foot.</summary>
    public static int BalancedSplit(IReadOnlyList<(double Height, bool IsTitle)> blocks)
    {
        var total = blocks.Sum(b => b.Height);
        var best = blocks.Count;
        var bestTaller = double.MaxValue;
        var above = 0.0;
        for (var split = 1; split <= blocks.Count; split++)
        {
            above += blocks[split - 1].Height;
            if (blocks[split - 1].IsTitle)
            {
                continue;
            }

            var taller = Math.Max(above, total - above);
            if (taller < bestTaller)
            {
                (best, bestTaller) = (split, taller);
            }
        }

        return best;
    }

    // A lighter line than the stance's own title: marker and "Label (continued)".
    private static Element ContinuedTitle(BriefContext context, Stance stance) => new KeepWithNext(new Row(
    [
        new RowCell(new Padding(StanceMarker.Element(context.Palette.Of(stance), 8), new Edges(5.5, 0, 0, 0)), Width.Fixed(8)),
        new RowCell(new Paragraph([new Span(TextPattern.Fill(context.Labels.Continued, ("title", stance.Label)), context.Styles.LabelMuted with { Bold = true })], context.Styles.Tight with { SpaceBefore = 4 }), Width.Relative(1)),
    ],
        5));

    private static Element DateLine(BriefContext context, string label) =>
        new KeepWithNext(new Paragraph([new Span(label, context.Styles.LabelMuted)], context.Styles.Tight));

    private static Element Title(BriefContext context, Stance stance, string text)
    {
        var look = context.Palette.Of(stance);
        var title = new Row(
        [
            new RowCell(new Padding(StanceMarker.Element(look, 9), new Edges(2, 0, 0, 0)), Width.Fixed(9)),
            new RowCell(new Paragraph([new Span(text, context.Styles.LabelBold with { Size = context.Styles.Heading3.Size })], context.Styles.Tight), Width.Relative(1)),
        ],
            5);
        return new KeepWithNext(new Box(new Padding(title, new Edges(4, 0, 3, 0)), Border: new Border(look.Color, new Edges(0, 0, 1.5, 0))));
    }

    /// <summary>The sources cited by every selected claim (when there is more than one claim).</summary>
    public static IReadOnlySet<string> CommonSources(BriefContext context)
    {
        var claims = context.Selection.Claims;
        if (claims.Count < 2)
        {
            return new HashSet<string>();
        }

        var common = new HashSet<string>(claims[0].SourceIds.Where(id => context.Selection.SelectedSource(id) is not null), StringComparer.OrdinalIgnoreCase);
        foreach (var claim in claims.Skip(1))
        {
            common.IntersectWith(claim.SourceIds);
        }

        return common;
    }

    private static List<List<(Claim Claim, string Label)>> Runs(BriefContext context, IEnumerable<Claim> claims)
    {
        var runs = new List<List<(Claim Claim, string Label)>>();
        foreach (var claim in claims)
        {
            var label = context.Dates.Of(claim);
            if (runs.Count > 0 && runs[^1][0].Label == label)
            {
                runs[^1].Add((claim, label));
            }
            else
            {
                runs.Add([(claim, label)]);
            }
        }

        return runs;
    }

    // "Name, institution · date: summary (citation)"; roles are left to fuller briefs; no date under a shared date line.
    private static List<Span> Spans(BriefContext context, Claim claim, StatementText text, IReadOnlySet<string> common, string? dateLabel)
    {
        var styles = context.Styles;
        var spans = new List<Span>(Speakers.Spans(context, claim, styles.SmallBold, styles.Small, shortInstitution: true, withRole: false))
        {
            new(dateLabel is null ? ": " : " · " + dateLabel + ": ", styles.SmallMuted),
            new(StatementWords.Of(claim, text), styles.Small),
        };
        var citations = CitationLinks.Spans(context, claim.Citations, styles.Small, leaveOut: common);
        if (citations.Count > 0)
        {
            spans.Add(new Span(" ", styles.Small));
            spans.AddRange(citations);
        }

        return spans;
    }

    private static Element Entry(BriefContext context, Claim claim, string sectionKind, List<Span> spans) =>
        new KeepTogether(new Anchor(context.ClaimAnchor(sectionKind, claim.Id), new Paragraph(spans, context.ContentStyle(context.Styles.Tight))));

    // Lines are estimated from the text's width; words that do not fill a line cost about a tenth more.
    private static double EstimatedHeight(BriefContext context, IEnumerable<Span> spans, double width)
    {
        var textWidth = spans.Sum(s => TextWidth.Of(s.Text, s.Style.Size));
        var lines = Math.Ceiling(textWidth * 1.1 / width);
        return (lines * LineHeight(context)) + EntrySpacing;
    }

    private static double LineHeight(BriefContext context) => context.Styles.Small.Size * context.Styles.Tight.LineHeight;
}
