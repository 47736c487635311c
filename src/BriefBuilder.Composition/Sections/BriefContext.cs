using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Dates;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Composition.Sections.Timeline;
using BriefBuilder.Composition.Styling;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections;

/// <summary>Everything a section composer needs: the selected records, the template, the language, the styles
/// and the page width.</summary>
public sealed class BriefContext
{
    public BriefContext(BriefSelection selection, BriefTemplate template, BuildInputs inputs, BriefLanguage language, double contentWidth)
    {
        Selection = selection;
        Inputs = inputs;
        Template = template;
        Language = language;
        Citations = new Citations(selection, template.CitationStyle, language);
        ContentWidth = contentWidth;
        Fonts = FontsOf(template);
        _widths = new Lazy<TextWidths>(() => TextWidths.For(Fonts));
        Styles = new BriefStyles(template);
        Palette = new StancePalette(selection.Dossier.Stances);
        MainClaimSection = template.Sections.FirstOrDefault(ListsClaims)?.Kind;
        EventsAnchored = template.Sections.Any(s => s is TimelineSpec { List: not TimelineList.None });
        var contentLanguage = selection.Dossier.Brief.Language;
        ContentLanguage = string.IsNullOrWhiteSpace(contentLanguage) || contentLanguage.StartsWith(language.Code, StringComparison.OrdinalIgnoreCase)
            ? null
            : contentLanguage;
        Dates = new DateLabels(language, displayDates: ContentLanguage is null);
    }

    private readonly Lazy<TextWidths> _widths;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public BriefSelection Selection { get; }

    public Dossier Dossier => Selection.Dossier;

    public BriefTemplate Template { get; }

    public BuildInputs Inputs { get; }

    /// <summary>The brief's title: the workbook's, else the workbook's file name.</summary>
    public string Title => string.IsNullOrWhiteSpace(Dossier.Brief.Title)
        ? Path.GetFileNameWithoutExtension(Inputs.WorkbookFileName)
        : Dossier.Brief.Title.Trim();

    public BriefLanguage Language { get; }

    public LabelWords Labels => Language.Labels;

    public DateLabels Dates { get; }

    public BriefStyles Styles { get; }

    public StancePalette Palette { get; }

    /// <summary>The one instance of each style derived while composing, shared by every element that uses it.</summary>
    public SharedStyles Shared { get; } = new();

    /// <summary>The texts the brief makes again for many statements (locators, a speaker's role and body, the
    /// bibliography's brackets), one copy each.</summary>
    public TextPool Texts { get; } = new();

    /// <summary>The reference list in the template's citation style, and each source's citation.</summary>
    public Citations Citations { get; }

    /// <summary>The width between the margins, in points.</summary>
    public double ContentWidth { get; }

    /// <summary>The font files the template names (null when none): the document's fonts.</summary>
    public FontOptions? Fonts { get; }

    /// <summary>How wide text prints in the brief's fonts, asked of the engine where a section sizes something itself.</summary>
    public TextWidths Widths => _widths.Value;

    /// <summary>The section whose entries carry each claim's main anchor (the first of timeline and stance tables), if any.</summary>
    public string? MainClaimSection { get; }

    /// <summary>Whether events have anchors (a timeline lists them), for links back from the bibliography.</summary>
    public bool EventsAnchored { get; }

    /// <summary>The workbook's language when it differs from the brief's: claim text is tagged with it, as written.</summary>
    public string? ContentLanguage { get; }

    /// <summary>The anchor a section puts on its entry for a claim.</summary>
    public string ClaimAnchor(string sectionKind, string claimId) =>
        sectionKind == MainClaimSection ? AnchorNames.Claim(claimId) : AnchorNames.ClaimIn(sectionKind, claimId);

    /// <summary>Every anchor a claim has in this brief, in section order.</summary>
    public IEnumerable<string> ClaimAnchors(string claimId) => Template.Sections
        .Where(ListsClaims)
        .Select(s => ClaimAnchor(s.Kind, claimId));

    private static bool ListsClaims(SectionSpec section) => section is StanceTablesSpec or TimelineSpec { List: TimelineList.All };

    /// <summary>The font files a template names, as the document's fonts (null when none).</summary>
    public static FontOptions? FontsOf(BriefTemplate template)
    {
        var files = template.Fonts.Files;
        if (files is null || files.Count == 0)
        {
            return null;
        }

        // Font paths in a template are relative to the template's folder.
        var folder = Path.GetDirectoryName(Path.GetFullPath(template.File)) ?? string.Empty;
        return new FontOptions([.. files.Select(f => Path.GetFullPath(Path.Combine(folder, f)))]);
    }

    /// <summary>True the first time a term is printed in this brief, in composition (reading) order: an abbreviation
    /// is spelled out there and used alone after.</summary>
    public bool FirstUse(string term) => _used.Add(term);

    /// <summary>The style of workbook words inside the brief's own (a name, a role, a stance's label): tagged with the
    /// workbook's language when it differs, so the run is a Span of that language.</summary>
    public TextStyle ContentText(TextStyle style) => InLanguage(style, ContentLanguage);

    /// <summary>The style tagged with a record's own language (a source's), when it is not the brief's.</summary>
    public TextStyle InLanguage(TextStyle style, string? language) =>
        string.IsNullOrWhiteSpace(language) || language.StartsWith(Language.Code, StringComparison.OrdinalIgnoreCase) ? style : Shared.Of(style with { Language = language });

    /// <summary>The paragraph style of workbook text (summaries, quotes): tagged with the workbook's language when it differs.</summary>
    public ParagraphStyle ContentStyle(ParagraphStyle style) =>
        ContentLanguage is null ? style : Shared.Of(style with { Language = ContentLanguage });
}
