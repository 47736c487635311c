using BriefBuilder.Composition.Bibliography.Entries;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>An entry's runs written with the marks the oracle's HTML is turned into: *italic* and &lt;link&gt;.</summary>
internal static class Marks
{
    public static string Of(FormattedEntry entry) => string.Concat(entry.Runs.Select(r =>
        r.Url is not null ? $"<{r.Text}>" : r.Italic ? $"*{r.Text}*" : r.Text));
}
