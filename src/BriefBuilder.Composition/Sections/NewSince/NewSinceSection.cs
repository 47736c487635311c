using BriefBuilder.Composition.Archive;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Sections.Cover;
using BriefBuilder.Composition.Sections.Summary;
using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.NewSince;

/// <summary>"New since 15 April 2024": the statements of this brief that an earlier snapshot did not include, newest
/// first and undated ones last, so advocates and archivists see at once what changed since the last one they filed or
/// handed out.</summary>
internal static class NewSinceSection
{
    public const string Kind = "new-since";

    public static SectionKind Section { get; } = SectionKind.Of<NewSinceSpec>(Kind, "What is new since an earlier snapshot, newest first.", NewSinceSpec.Read, Compose);

    /// <summary>The template's sections for a build: with an earlier snapshot, the new-since section where the template
    /// puts it, else right after the opening cover and summary; without one, none.</summary>
    public static IReadOnlyList<SectionSpec> Arrange(IReadOnlyList<SectionSpec> sections, PriorSnapshot? since)
    {
        if (since is null)
        {
            return [.. sections.Where(s => s is not NewSinceSpec)];
        }

        if (sections.Any(s => s is NewSinceSpec))
        {
            return sections;
        }

        var at = sections.TakeWhile(s => s is CoverSpec or SummarySpec).Count();
        return [.. sections.Take(at), new NewSinceSpec(), .. sections.Skip(at)];
    }

    /// <summary>The IDs of the statements a template's new-since section prints for a build, which a brief fitted to its
    /// page budget keeps whatever else it leaves out; none without an earlier snapshot.</summary>
    public static IReadOnlySet<string> Printed(IReadOnlyList<SectionSpec> sections, BriefSelection selection, PriorSnapshot? since)
    {
        if (since is null || sections.OfType<NewSinceSpec>().FirstOrDefault() is not { } spec)
        {
            return new HashSet<string>();
        }

        var entries = Entries(selection, since);
        return (spec.Limit > 0 ? entries.Take(spec.Limit) : entries).Select(e => e.Claim!.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    // The statements the filters chose that the earlier snapshot did not include (whether or not the brief was fitted to
    // its budget): dated ones newest first; undated ones, which the record does not place in time, after them in workbook order.
    private static List<TimelineEntry> Entries(BriefSelection selection, PriorSnapshot since)
    {
        var earlier = new HashSet<string>(since.StatementIds, StringComparer.OrdinalIgnoreCase);
        var added = selection.Chosen.Where(c => !earlier.Contains(c.Id)).ToList();
        return [.. SummarySection.NewestFirst(added.Where(c => c.IsDated)), .. added.Where(c => !c.IsDated).Select(TimelineEntry.Of)];
    }

    public static Element Compose(BriefContext context, NewSinceSpec spec)
    {
        var since = context.Inputs.Options.Since ?? throw new InvalidOperationException("A new-since section needs an earlier snapshot; Arrange leaves it out otherwise.");
        var styles = context.Styles;
        var labels = context.Labels;
        var entries = Entries(context.Selection, since);
        var file = ("file", since.FileName);
        var body = new List<Element>
        {
            new Paragraph([new Span(TextPattern.Fill(entries.Count == 0 ? labels.NewSinceNone : labels.NewSinceIntro, file), styles.Body)], styles.Paragraph),
        };
        var shown = spec.Limit > 0 ? entries.Take(spec.Limit).ToList() : entries;
        var dateWidth = TimelineRows.DateColumnWidth(context, shown);
        body.AddRange(shown.Select(entry => TimelineRows.Entry(context, entry, anchor: null, compact: true, descriptions: false, dateWidth, spec.Text)));
        if (shown.Count < entries.Count)
        {
            var more = context.Language.Quantity(entries.Count - shown.Count, context.Language.Nouns.Statement);
            body.Add(new Paragraph([new Span(TextPattern.Fill(labels.NewSinceMore, ("statements", more)), styles.Small)], styles.Paragraph));
        }
        var title = TextPattern.Fill(labels.NewSince, ("date", since.AsOf is { } day ? context.Dates.Day(day) : since.FileName));
        return SectionFrame.Wrap(context, Kind, title, body);
    }
}
