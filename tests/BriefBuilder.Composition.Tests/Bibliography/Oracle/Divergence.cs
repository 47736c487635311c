using BriefBuilder.Composition.Bibliography;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>A deliberate difference from citeproc: which entries it concerns, why, and how it turns citeproc's text into BriefBuilder's.</summary>
/// <param name="MarksOnly">True when the difference lies in italics or links alone, so only the marked comparison sees it.</param>
internal sealed record Divergence(string Name, string Reason, Func<Source, CitationStyle, bool> AppliesTo, Func<string, DivergenceContext, string> FromCiteproc, bool MarksOnly = false);

/// <summary>What a divergence's rewrite may need: the source, the style, and whether links are marked (&lt;url&gt;).</summary>
internal sealed record DivergenceContext(Source Source, CitationStyle Style, bool Marked)
{
    public string Link(string url) => Marked ? $"<{url}>" : url;
}

/// <summary>Sources left out of one comparison, with the reason.</summary>
internal sealed record Omission(string Name, string Reason, Func<Source, bool> AppliesTo);
