using BriefBuilder.Composition.Templates;

namespace BriefBuilder.Composition.Sections.Stances;

/// <summary>A table of claims per stance; quotes in italics when asked; an optional institution-by-stance overview.
/// With Columns, entries flow in two balanced columns instead of tables, as a handout wants. Text says whether each
/// statement is printed as its full summary or as the curator's short form (never a cut of the summary). CommonSourceOnce
/// names a source every statement cites once above the tables, each row keeping its place in it (columns always do).</summary>
internal sealed record StanceTablesSpec(bool Quotes = true, bool Overview = false, bool Compact = false, bool Columns = false, StatementText Text = StatementText.Full, bool CommonSourceOnce = false) : SectionSpec
{
    private static readonly Dictionary<string, bool> CommonSourceChoices = new()
    {
        ["once"] = true,
        ["every-row"] = false,
    };

    /// <summary>The values of a <c>text</c> option, as templates write them.</summary>
    internal static readonly Dictionary<string, StatementText> Texts = new()
    {
        ["full"] = StatementText.Full,
        ["short"] = StatementText.Short,
    };

    public override SectionKind Section => StanceTablesSection.Section;

    internal static StanceTablesSpec Read(YamlMapping? m)
    {
        var spec = new StanceTablesSpec();
        if (m?.Node("summary-length") is { } removed)
        {
            // The key of an earlier version: named with what replaced it, rather than reported as unknown.
            m.Report.BadValue(removed, m.KeyPath("summary-length"), "statements are never cut any more: write text: short to print each statement's Short Form (a Claims column), else its full summary");
        }

        return m is null ? spec : spec with
        {
            Quotes = m.Bool("quotes") ?? spec.Quotes,
            Overview = m.Bool("overview") ?? spec.Overview,
            Compact = m.Bool("compact") ?? spec.Compact,
            Columns = m.Bool("columns") ?? spec.Columns,
            Text = m.Choice("text", Texts) ?? spec.Text,
            CommonSourceOnce = m.Choice("common-source", CommonSourceChoices) ?? spec.CommonSourceOnce,
        };
    }
}

/// <summary>How a statement is printed: its full summary, or the workbook's Short Form where it has one.</summary>
public enum StatementText
{
    Full,
    Short,
}
