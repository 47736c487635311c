using System.Text;

namespace BriefBuilder.Composition.Bibliography;

/// <summary>Stable link anchors for reference list entries, derived from source IDs alone so they never change between builds.</summary>
internal static class Anchors
{
    /// <summary>"src-S01"; characters other than ASCII letters, digits, '-' and '_' become '-'.</summary>
    public static string ForSource(string sourceId)
    {
        ArgumentNullException.ThrowIfNull(sourceId);
        var anchor = new StringBuilder("src-", sourceId.Length + 4);
        foreach (var c in sourceId.Trim())
        {
            anchor.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        return anchor.ToString();
    }
}
