using BriefBuilder.Composition.Bibliography;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>Compares BriefBuilder's entries with citeproc's, entry by entry, after the divergences that concern each entry.</summary>
internal static class OracleComparison
{
    /// <summary>One line per entry that differs: the source ID, the expected text and ours.</summary>
    public static List<string> Mismatches(IReadOnlyList<OracleEntry> oracle, ReferenceList ours, CitationStyle style, bool marked, IReadOnlyList<Divergence> divergences)
    {
        var entries = ours.Entries.ToDictionary(e => e.Source.Id);
        return oracle
            .Select(o => (Entry: entries[o.Id], Theirs: marked ? o.Marked : o.PlainText))
            .Select(c => (c.Entry, Expected: Expected(new DivergenceContext(c.Entry.Source, style, marked), c.Theirs, divergences), Actual: OracleText.Normalize(marked ? Marks.Of(c.Entry.Text) : c.Entry.Text.PlainText)))
            .Where(c => c.Expected != c.Actual)
            .Select(c => $"{c.Entry.Source.Id}:\n  expected {c.Expected}\n  but got  {c.Actual}")
            .ToList();
    }

    // citeproc's text with every divergence that concerns the source applied; a divergence that no longer
    // changes anything fails the comparison, so the list cannot outlive the quirks it describes.
    private static string Expected(DivergenceContext context, string oracleText, IReadOnlyList<Divergence> divergences)
    {
        var expected = OracleText.Normalize(oracleText);
        foreach (var divergence in divergences.Where(d => d.AppliesTo(context.Source, context.Style) && (context.Marked || !d.MarksOnly)))
        {
            var changed = divergence.FromCiteproc(expected, context);
            expected = changed == expected ? $"(divergence \"{divergence.Name}\" changes nothing in) {expected}" : changed;
        }

        return expected;
    }
}
