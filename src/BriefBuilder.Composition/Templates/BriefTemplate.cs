using BriefBuilder.Composition.Bibliography;
using BriefBuilder.Diagnostics;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Templates;

/// <summary>A brief's recipe, read from <c>templates/NAME.yaml</c>: its sections in order, page, fonts, colours, language, filters and furniture.</summary>
public sealed record BriefTemplate
{
    /// <summary>The file's name without extension ("handout").</summary>
    public required string Name { get; init; }

    /// <summary>Where the template was read from, for diagnostics.</summary>
    public string File { get; init; } = string.Empty;

    /// <summary>SHA-256 of the template file's bytes, lower-case hex.</summary>
    public string ContentHash { get; init; } = string.Empty;

    /// <summary>The template file's bytes as read, which an archival snapshot embeds.</summary>
    public ReadOnlyMemory<byte> Bytes { get; init; }

    public string? Description { get; init; }

    public PaperSize Paper { get; init; } = PaperSize.A4;

    public Orientation Orientation { get; init; } = Orientation.Portrait;

    /// <summary>Page margins in points.</summary>
    public Edges Margins { get; init; } = Edges.All(Length.FromMillimetres(20));

    public FontChoice Fonts { get; init; } = new();

    public ColorChoice Colors { get; init; } = new();

    /// <summary>The brief's language (en, fr, hy) unless the build asks for another.</summary>
    public string? Language { get; init; }

    /// <summary>Whom the brief is for, as its cover says it in <paramref name="language"/> (the template's own language
    /// when none is given); null when the cover says nothing.</summary>
    public string? AudienceIn(string? language = null) =>
        Sections.OfType<Sections.Cover.CoverSpec>().FirstOrDefault()?.AudienceIn(language ?? Language ?? "en");

    /// <summary>How citations and the bibliography are written (`chicago-author-date` or `apa` in the file).</summary>
    public CitationStyle CitationStyle { get; init; } = CitationStyle.ChicagoAuthorDate;

    public TemplateFilters Filters { get; init; } = new();

    public FurnitureText Header { get; init; } = new("{short-title}", null, "{section}");

    public FurnitureText Footer { get; init; } = new("{as-of}", null, "{page-of}");

    public WatermarkChoice Watermark { get; init; } = WatermarkChoice.Auto;

    /// <summary>The literal watermark when <see cref="Watermark"/> is <see cref="WatermarkChoice.Text"/>.</summary>
    public string? WatermarkText { get; init; }

    public bool TableOfContents { get; init; }

    /// <summary>Where each section after the first page's cover and summary starts.</summary>
    public SectionStart NewPagePerSection { get; init; }

    /// <summary>The most pages the brief may take: a longer brief is an error that says how far over it is, unless
    /// <see cref="AllowOverflow"/>, when it is a warning.</summary>
    public int? PageBudget { get; init; }

    /// <summary>Whether a brief longer than its page budget is still written (with a warning).</summary>
    public bool AllowOverflow { get; init; }

    /// <summary>Whether a brief longer than its page budget prints fewer statements until it fits (<c>fit: statements</c>),
    /// saying so, before the budget's error or warning applies.</summary>
    public bool FitStatements { get; init; }

    /// <summary>Whether each statement's ID is printed beside it in every table and timeline entry, so that IDs cited
    /// elsewhere ("cited in C03") can be followed on paper.</summary>
    public bool ShowIds { get; init; }

    /// <summary>Whether the brief is an archival snapshot: PDF/A-3 carrying its workbook, template and manifest.</summary>
    public bool Archival { get; init; }

    public IReadOnlyList<SectionSpec> Sections { get; init; } = [];

    /// <summary>Where the <c>filters.stances</c> list is in the file, to point at an unknown stance.</summary>
    public SourceLocation? StancesLocation { get; init; }
}

/// <summary>Font families and the body size. Families are names the layout engine's font resolver knows.</summary>
public sealed record FontChoice(
    string Body = "DejaVu Serif",
    string Headings = "DejaVu Sans",
    double Size = 10,
    IReadOnlyList<string>? Files = null);

/// <summary>The accent colour (headings, rules) and the muted colour (page furniture, secondary text).</summary>
public sealed record ColorChoice
{
    public Color Accent { get; init; } = new(0x1F, 0x3A, 0x5F);

    public Color Muted { get; init; } = new(0x59, 0x59, 0x59);
}

/// <summary>Which records a template includes before the build's own options narrow them further.</summary>
public sealed record TemplateFilters
{
    /// <summary>Stance keys to include; empty means all.</summary>
    public IReadOnlyList<string> Stances { get; init; } = [];

    /// <summary>Claims and events with at least one of these tags; empty means any.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public bool VerifiedOnly { get; init; }

    /// <summary>Only the claims the workbook marks as key statements.</summary>
    public bool KeyOnly { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Restrict to one calendar year: a given year, the latest complete year with dated statements, or none.</summary>
    public YearChoice Year { get; init; } = YearChoice.All;
}

/// <summary>A template's year scope: every year, the latest one with data, or a fixed year.</summary>
public sealed record YearChoice(bool Latest, int? Fixed)
{
    public static YearChoice All { get; } = new(false, null);

    public static YearChoice LatestWithData { get; } = new(true, null);
}

/// <summary>Left, centre and right text of the running header or footer, with placeholders such as <c>{page-of}</c>.</summary>
public sealed record FurnitureText(string? Left, string? Center, string? Right);

public enum WatermarkChoice
{
    /// <summary>"DRAFT" in the brief's language when a draft claim is included.</summary>
    Auto,
    None,
    Text,
}
