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
        var ordered = InOrder(ids.Distinct(StringComparer.Ordinal), id => id).Select(Split).ToList();
        var parts = new List<string>();
        for (var i = 0; i < ordered.Count;)
        {
            var end = i;
            while (end + 1 < ordered.Count && Follows(ordered[end], ordered[end + 1]))
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
        items.Select(item => (Item: item, Id: Split(id(item))))
            .OrderBy(item => item.Id.Prefix, StringComparer.Ordinal)
            .ThenBy(item => item.Id.Number ?? -1)
            .ThenBy(item => item.Id.Id, StringComparer.Ordinal)
            .Select(item => item.Item);

    // "C013" is prefix "C", number 13 and three digits: "C013" follows "C012", never "C12".
    private static (string Id, string Prefix, long? Number, int Digits) Split(string id)
    {
        var digits = id.Length - id.AsSpan().TrimEnd("0123456789").Length;
        return digits is 0 or > 15
            ? (id, id, null, 0)
            : (id, id[..^digits], long.Parse(id[^digits..], NumberStyles.None, CultureInfo.InvariantCulture), digits);
    }

    private static bool Follows((string Id, string Prefix, long? Number, int Digits) a, (string Id, string Prefix, long? Number, int Digits) b) =>
        a.Number is { } n && b.Number == n + 1 && a.Prefix == b.Prefix && a.Digits == b.Digits;
}
