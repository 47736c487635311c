namespace BriefBuilder.Composition.Bibliography.Entries;

/// <summary>Affixes that appear only with the piece they belong to ("In " before a container, brackets round a genre).</summary>
internal static class SegmentAffixes
{
    public static Segment Prefixed(this Segment segment, string prefix) => Segment.Join(segment).Affixed(prefix, string.Empty);

    public static Segment Suffixed(this Segment segment, string suffix) => Segment.Join(segment).Affixed(string.Empty, suffix);

    public static Segment Wrapped(this Segment segment, string prefix, string suffix) => Segment.Join(segment).Affixed(prefix, suffix);
}
