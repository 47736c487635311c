using System.Globalization;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections;

/// <summary>A statement's ID as printed beside it when the template shows IDs, so an ID cited anywhere ("cited in C03")
/// can be found on paper.</summary>
internal static class StatementId
{
    public static Paragraph Paragraph(BriefContext context, Claim claim) =>
        new([Span(context, claim.Id)], context.Styles.Tight);

    /// <summary>A claim's or event's ID in the muted bold of labels.</summary>
    public static Span Span(BriefContext context, string id) =>
        new(id, context.Shared.Of(context.Styles.Label with { Color = context.Styles.Muted, Bold = true }));

    /// <summary>Wide enough for the longest ID and the column's head, on one line.</summary>
    public static double ColumnWidth(BriefContext context, IEnumerable<Claim> claims) => ColumnWidth(context, claims.Select(c => c.Id));

    /// <summary>Wide enough for the longest of these IDs and the column's head, on one line.</summary>
    public static double ColumnWidth(BriefContext context, IEnumerable<string> ids)
    {
        var style = Span(context, string.Empty).Style;
        var widest = ids.Append(context.Labels.ColumnId).Max(text => context.Widths.Of(text, style));
        return Math.Ceiling(widest) + 8;
    }

    /// <summary>IDs in their natural order ("C2" before "C10"), runs of three or more consecutive numbers of one prefix
    /// as a range: "C13–C23, C29, C30". Only IDs given are ever in a range.</summary>
    public static string Ranges(IEnumerable<string> ids)
    {
        var ordered = InOrder(ids.Distinct(StringComparer.Ordinal), id => id).Select(IdParts.Of).ToList();
        var parts = new List<string>();
        for (var i = 0; i < ordered.Count;)
        {
            var end = i;
            while (end + 1 < ordered.Count && ordered[end + 1].Follows(ordered[end]))
            {
                end++;
            }

            parts.AddRange(end - i >= 2 ? [$"{ordered[i].Id}\u2013{ordered[end].Id}"] : ordered.Skip(i).Take(end - i + 1).Select(o => o.Id));
            i = end + 1;
        }

        return string.Join(", ", parts);
    }

    /// <summary>The natural order of IDs: by their prefix, then the number that ends them.</summary>
    public static IEnumerable<T> InOrder<T>(IEnumerable<T> items, Func<T, string> id) =>
        // Each ID split once, not once for every key the sort compares by.
        items.Select(item => new Keyed<T>(item, IdParts.Of(id(item))))
            .OrderBy(keyed => keyed.Id)
            .Select(keyed => keyed.Item);

    // Classes, not value tuples: the queries over them run on code compiled ahead of time, where queries over tuples
    // were compiled at every start (92 methods of the runtime's in a sample brief).
    private sealed record Keyed<T>(T Item, IdParts Id);

    // "C013" is prefix "C", number 13 and three digits: "C013" follows "C012", never "C12". IDs sort by prefix, then
    // number (none first), then as written.
    private sealed record IdParts(string Id, string Prefix, long? Number, int Digits) : IComparable<IdParts>
    {
        public static IdParts Of(string id)
        {
            var digits = id.Length - id.AsSpan().TrimEnd("0123456789").Length;
            return digits is 0 or > 15
                ? new(id, id, null, 0)
                : new(id, id[..^digits], long.Parse(id[^digits..], NumberStyles.None, CultureInfo.InvariantCulture), digits);
        }

        public bool Follows(IdParts before) =>
            before.Number is { } n && Number == n + 1 && before.Prefix == Prefix && before.Digits == Digits;

        public int CompareTo(IdParts? other)
        {
            if (other is null)
            {
                return 1;
            }

            var byPrefix = string.CompareOrdinal(Prefix, other.Prefix);
            if (byPrefix != 0)
            {
                return byPrefix;
            }

            var byNumber = (Number ?? -1).CompareTo(other.Number ?? -1);
            return byNumber != 0 ? byNumber : string.CompareOrdinal(Id, other.Id);
        }
    }
}
