using BriefBuilder.Composition.Localization;

namespace BriefBuilder.Composition.Bibliography.Entries;

/// <summary>Affixes that appear only with the piece they belong to ("In " before a container, brackets round a genre).</summary>
internal static class SegmentAffixes
{
    public static Segment Prefixed(this Segment segment, string prefix) => Segment.Join(segment).Affixed(prefix, string.Empty);

    public static Segment Suffixed(this Segment segment, string suffix) => Segment.Join(segment).Affixed(string.Empty, suffix);

    public static Segment Wrapped(this Segment segment, string prefix, string suffix) => Segment.Join(segment).Affixed(prefix, suffix);

    /// <summary>The segment in the place of <c>{placeholder}</c> in a language file's pattern: "In {container}", "(archived at {url})".</summary>
    public static Segment Around(this Segment segment, string pattern, string placeholder)
    {
        var (before, after) = TextPattern.Around(pattern, placeholder);
        return segment.Wrapped(before, after);
    }
}
