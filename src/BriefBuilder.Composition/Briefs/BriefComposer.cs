using BriefBuilder.Composition.Sections;
using BriefBuilder.Composition.Sections.Charts;
using BriefBuilder.Composition.Sections.Cover;
using BriefBuilder.Composition.Sections.People;
using BriefBuilder.Composition.Sections.Provenance;
using BriefBuilder.Composition.Sections.References;
using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Sections.Summary;
using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Briefs;

/// <summary>Turns a prepared brief (selection, template, language, styles) into the layout engine's document:
/// the sections in template order, the contents, furniture, watermark and metadata.</summary>
internal static class BriefComposer
{
    public static Document Compose(BriefContext context, PageSetup page)
    {
        var template = context.Template;
        var body = new List<Element>();

        // The leading cover and summary share page 1 (bottom line first); contents follow them.
        var frontMatter = true;
        foreach (var spec in template.Sections)
        {
            if (frontMatter && spec is not (CoverSpec or SummarySpec))
            {
                frontMatter = false;
                if (template.TableOfContents)
                {
                    body.AddRange(Contents(context));
                }
            }

            if (!frontMatter && body.Count > 0 && SectionBreak(template.NewPagePerSection) is { } sectionBreak)
            {
                body.Add(sectionBreak);
            }

            body.Add(Section(context, spec));
        }

        if (frontMatter && template.TableOfContents)
        {
            body.AddRange(Contents(context));
        }

        return new Document(
            new Column(body),
            page,
            Info(context),
            Furniture.Compose(context),
            Watermark(context),
            context.Fonts);
    }

    public static Element Section(BriefContext context, SectionSpec spec) => spec.Section.Compose(context, spec);

    private static PageBreak? SectionBreak(SectionStart start) => start switch
    {
        SectionStart.NewPage => new PageBreak(),
        SectionStart.NewPageUnlessHalfLeft => new PageBreak(UnlessRoomLeft: 0.5),
        _ => null,
    };

    // The contents are short: kept whole on the first page, below the cover, or else at the top of a page of their own,
    // never mid-page after a cover that ran over.
    private static Element[] Contents(BriefContext context) =>
    [
        new PageBreak(SparesFirstPage: true),
        new Section(
            new KeepTogether(new Column(
            [
                SectionFrame.Heading(context, 2, context.Labels.Contents),
                // In the headings' family: the entries are the section headings, listed.
                new TableOfContents(1, context.Styles.Small with { Family = context.Styles.Heading3.Family }),
            ])),
            context.Labels.Contents),
    ];

    /// <summary>Metadata; the creation date comes from the inputs (never the clock), so the same inputs give the same bytes.</summary>
    private static DocumentInfo Info(BriefContext context)
    {
        var brief = context.Dossier.Brief;
        var created = CreationDate.Of(context);
        return new DocumentInfo(
            context.Title,
            brief.Author ?? brief.Organization,
            brief.Subtitle,
            string.Join(", ", context.Selection.Stances.Select(s => s.Label)),
            context.Language.Code,
            created);
    }

    private static string? Watermark(BriefContext context) => context.Template.Watermark switch
    {
        WatermarkChoice.Text => context.Template.WatermarkText,
        WatermarkChoice.Auto when context.Selection.HasDraft => context.Labels.Draft,
        _ => null,
    };
}
