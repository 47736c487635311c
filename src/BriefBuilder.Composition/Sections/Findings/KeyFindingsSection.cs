using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Sections.Cover;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Findings;

/// <summary>Key findings in a box, as a Congressional Research Service "In Focus" opens: counts by stance, a table of
/// statements by kind of speaker and stance, the names on each side, the undated, and whose the stances are.</summary>
internal static class KeyFindingsSection
{
    public const string Kind = "key-findings";

    public static SectionKind Section { get; } = SectionKind.Of<KeyFindingsSpec>(Kind, "A computed bottom line: counts by stance and kind of speaker, the names on each side, the undated.", KeyFindingsSpec.Read, Compose);

    public static Element Compose(BriefContext context, KeyFindingsSpec spec)
    {
        var styles = context.Styles;
        var body = new List<Element>();
        if (context.Selection.Claims.Count == 0)
        {
            body.Add(new Paragraph(context.Labels.TimelineEmpty, styles.Italic));
            return SectionFrame.Wrap(context, Kind, context.Labels.KeyFindings, body);
        }

        var items = new List<Element> { Item(context, Findings.ByStance(context)) };
        items.AddRange(context.Selection.Stances.Select(stance => Names(context, stance, spec.Names)));
        foreach (var sentence in new[] { Findings.Undated(context), Findings.LeftOut(context), StanceNote.Line(context) })
        {
            if (sentence.Length > 0)
            {
                items.Add(Item(context, sentence));
            }
        }

        body.Add(new Box(
            new Padding(new Column([new ListBlock(items, MarkerStyle: styles.Body with { Color = styles.Accent }), new KeepTogether(KindTable.Compose(context))], 6), new Edges(8, 10, 6, 10)),
            styles.Tint,
            new Border(styles.Accent, new Edges(0, 0, 0, 2.5))));
        return SectionFrame.Wrap(context, Kind, context.Labels.KeyFindings, body);
    }

    // Who a statement is by: its named speakers, else the institution it speaks for.
    private static string Voice(Records.Claim claim) =>
        claim.SpeakerIds.Count > 0 ? "person:" + string.Join('|', claim.SpeakerIds) : "institution:" + claim.InstitutionId;

    // A sentence in the brief's words, the stances' labels and the coding note in the workbook's language.
    private static Paragraph Item(BriefContext context, string text) =>
        new([.. WorkbookWords.Spans(context, text, context.Styles.Body, [.. WorkbookWords.StanceLabels(context), StanceNote.Note(context) ?? string.Empty])], context.Styles.Tight with { SpaceAfter = 3 });

    // "Skeptical / Denialist: Azerbaijan, UN, UNHCR, … and 4 more." Voices in order of first statement, each once.
    private static Paragraph Names(BriefContext context, Records.Stance stance, int most)
    {
        var language = context.Language;
        // One voice once, however it is printed ("European Parliament (EP)" at its first use, "EP" after); named only
        // when shown, so an abbreviation is spelled out where the reader sees it.
        var voices = Timeline.TimelineEntries.Chronological(context.Selection.ClaimsOf(stance))
            .DistinctBy(Voice, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var shown = voices.Take(most).Select(claim => Speakers.Names(context, claim, preferShort: true)).ToList();
        if (voices.Count > shown.Count)
        {
            shown.Add(TextPattern.Fill(context.Labels.AndMore, ("count", language.Number(voices.Count - shown.Count))));
        }

        var styles = context.Styles;
        var (before, after) = TextPattern.Around(context.Labels.FindingsNames, "names");
        return new Paragraph(
            [
                .. WorkbookWords.Spans(context, TextPattern.Fill(before, ("stance", stance.Label)), styles.Bold, [stance.Label]),
                .. WorkbookWords.Spans(context, voices.Count == 0 ? context.Labels.StanceEmpty : language.List(shown) + after, styles.Body, shown.Take(Math.Min(most, voices.Count))),
            ],
            styles.Tight with { SpaceAfter = 3 });
    }
}
