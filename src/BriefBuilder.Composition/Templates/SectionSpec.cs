namespace BriefBuilder.Composition.Templates;

/// <summary>One section a template asks for, with its options.</summary>
public abstract record SectionSpec
{
    /// <summary>The section's name as templates write it ("stance-tables").</summary>
    public abstract string Kind { get; }
}

/// <summary>Title block: title, subtitle, organisation, author, "As of", audience, disclaimer and the key-figures line.</summary>
public sealed record CoverSpec(bool KeyFigures = true, bool Disclaimer = true, string? Audience = null) : SectionSpec
{
    public override string Kind => "cover";
}

/// <summary>Bottom line first: the workbook's summary, statements per stance as a chart and text, the most recent statements.</summary>
public sealed record SummarySpec(bool Chart = true, int Recent = 3) : SectionSpec
{
    public override string Kind => "summary";
}

/// <summary>A chart of statements per month by stance, for a year in review.</summary>
public sealed record MonthlyChartSpec : SectionSpec
{
    public override string Kind => "monthly-chart";
}

/// <summary>The chronological list of claims and events, with an optional graphic above it.</summary>
public sealed record TimelineSpec(bool Graphic = true, bool Descriptions = true, bool Compact = false, TimelineList List = TimelineList.All) : SectionSpec
{
    public override string Kind => "timeline";
}

/// <summary>Which entries the timeline lists under its graphic.</summary>
public enum TimelineList
{
    All,
    Events,
    None,
}

/// <summary>A table of claims per stance; quotes in italics when asked; an optional institution-by-stance overview.
/// With Columns, entries flow in two balanced columns instead of tables, as a handout wants. Text says whether each
/// statement is printed as its full summary or as the curator's short form (never a cut of the summary).</summary>
public sealed record StanceTablesSpec(bool Quotes = true, bool Overview = false, bool Compact = false, bool Columns = false, StatementText Text = StatementText.Full) : SectionSpec
{
    public override string Kind => "stance-tables";
}

/// <summary>How a statement is printed: its full summary, or the workbook's Short Form where it has one.</summary>
public enum StatementText
{
    Full,
    Short,
}

/// <summary>People and institutions with role, country and the pages they appear on.</summary>
public sealed record WhosWhoSpec(bool People = true, bool Institutions = true) : SectionSpec
{
    public override string Kind => "whos-who";
}

/// <summary>The cited sources, optionally grouped by source type, each linking back to the claims citing it.</summary>
public sealed record BibliographySpec(bool ByType = false, bool BackLinks = true) : SectionSpec
{
    public override string Kind => "bibliography";
}

/// <summary>Coding note, as-of date, filters, counts, workbook hash, template and tool version.</summary>
public sealed record ProvenanceSpec : SectionSpec
{
    public override string Kind => "provenance";
}

/// <summary>The statements new since an earlier snapshot (the build's --since, else the file named here, relative to the
/// template), at most Limit of them when above 0. Left out of a brief that has no earlier snapshot to compare with.</summary>
public sealed record NewSinceSpec(string? Snapshot = null, int Limit = 0) : SectionSpec
{
    public override string Kind => "new-since";
}
