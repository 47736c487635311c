using BriefBuilder.Records;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>Reads one item of a Sources cell, "S01 paras. 6–7" or "S01, p. 4" or "S02", into a source ID and its locator.</summary>
internal static class CitationText
{
    /// <summary>The ID is the longest run of leading words naming a known source (IDs may hold spaces); when none
    /// does, the first word, so that validation reports the unknown ID as the curator wrote it. The ID and the locator
    /// are taken from <paramref name="texts"/>.</summary>
    public static Citation Read(string item, IReadOnlySet<string> sourceIds, TextPool texts)
    {
        var text = item.Trim();
        if (sourceIds.Contains(text))
        {
            return new Citation(texts.Of(text));
        }

        var best = -1;
        for (var end = 0; end < text.Length; end++)
        {
            if (IsBreak(text[end]) && end > 0 && sourceIds.Contains(text[..end].TrimEnd()))
            {
                best = end;
            }
        }

        if (best < 0)
        {
            best = 0;
            while (best < text.Length && !IsBreak(text[best]))
            {
                best++;
            }
        }

        var id = texts.Of(text.AsSpan(0, best).TrimEnd());
        var locator = text.AsSpan(best).TrimStart(" ,\u00A0\t").Trim();
        return new Citation(id, locator.IsEmpty ? null : texts.Of(locator));
    }

    private static bool IsBreak(char c) => c is ',' || char.IsWhiteSpace(c);
}
