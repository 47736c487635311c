using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections;

/// <summary>A citation style as the brief lays it out: short in-text citations and the formatted, sorted reference list.</summary>
public interface IBibliographyStyle : ICitations
{
    /// <summary>The entries of these sources in the style's order, each as runs of text.</summary>
    IReadOnlyList<BibliographyEntry> Entries(IReadOnlyList<Source> sources);
}

/// <summary>One formatted reference: its source and its text as runs (italic titles, linked URLs).</summary>
public sealed record BibliographyEntry(Source Source, IReadOnlyList<EntryText> Runs);

/// <summary>A run of a formatted reference; a run with a URL is printed as a clickable link.</summary>
public sealed record EntryText(string Text, bool Italic = false, string? Url = null);
