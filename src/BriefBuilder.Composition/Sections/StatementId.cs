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
}
