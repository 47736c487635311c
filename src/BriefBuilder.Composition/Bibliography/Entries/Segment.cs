namespace BriefBuilder.Composition.Bibliography.Entries;

/// <summary>
/// A piece of an entry before punctuation is settled, shaped like CSL's rendering elements: text, a quoted
/// piece, or a group whose empty parts vanish with their delimiters and affixes (CSL 1.0.2, "Group").
/// </summary>
internal abstract record Segment
{
    public static Segment None { get; } = new GroupSegment([]);

    public static Segment Text(string? text) => text is null ? None : new TextSegment(text, false, null);

    public static Segment Italic(string? text) => text is null ? None : new TextSegment(text, true, null);

    public static Segment Link(string? url) => url is null ? None : new TextSegment(url, false, url);

    public static Segment Quoted(Segment inner) => new QuotedSegment(inner);

    public static GroupSegment Group(string delimiter, params Segment[] parts) => new(parts, delimiter);

    public static GroupSegment Join(params Segment[] parts) => new(parts);
}

internal sealed record TextSegment(string Value, bool IsItalic, string? Url) : Segment;

internal sealed record QuotedSegment(Segment Inner) : Segment;

internal sealed record GroupSegment(IReadOnlyList<Segment> Parts, string Delimiter = "", string Prefix = "", string Suffix = "") : Segment
{
    public GroupSegment Affixed(string prefix, string suffix) => this with { Prefix = prefix, Suffix = suffix };
}
