using BriefBuilder.Records;

namespace BriefBuilder.Workbooks.Schema;

/// <summary>The `Sources` sheet: the published items that claims and events cite.</summary>
public static class SourcesSheet
{
    public static ColumnDefinition Id { get; } = new("ID", nameof(Source.Id), ValueKind.Id, "A short unique name for the source, such as S1.")
    {
        Aliases = ["Source ID", "Source"], Required = true, Examples = ["S1", "S2"],
    };

    public static ColumnDefinition Type { get; } = new("Type", nameof(Source.Type), ValueKind.Choice, "What kind of item it is; it decides how the bibliography cites it.")
    {
        Aliases = ["Source Type", "Kind"], Required = true, Choices = Vocabularies.SourceTypes.Words, Examples = ["report", "web"],
    };

    public static ColumnDefinition Authors { get; } = new("Authors", nameof(Source.Authors), ValueKind.Authors, "Who wrote it: people as Last, First and organisations by name, separated by ;.")
    {
        Aliases = ["Author", "Creators", "Creator"], Examples = ["Ministry of Example Affairs", "Sample, Alex"],
    };

    public static ColumnDefinition Title { get; } = new("Title", nameof(Source.Title), ValueKind.Text, "The title of the item itself. For an untitled item, a description in square brackets, such as [Joint motion for a resolution]: briefs print it as a description, not as a title.")
    {
        Aliases = ["Headline"], Examples = ["Annual Water Report 2023", "[Statement on the water plan]"],
    };

    public static ColumnDefinition Container { get; } = new("Container", nameof(Source.Container), ValueKind.Text, "Where it appeared: a journal, web site or news outlet.")
    {
        Aliases = ["Journal", "Outlet", "Site", "Website", "Publication", "Container Title"], Examples = ["", "Department of Water website"],
    };

    public static ColumnDefinition Publisher { get; } = new("Publisher", nameof(Source.Publisher), ValueKind.Text, "Who published it, when not the same as the container.")
    {
        Examples = ["Ministry of Example Affairs", ""],
    };

    public static ColumnDefinition Date { get; } = new("Date", nameof(Source.Date), ValueKind.Date, "When it was published, as precisely as the source says.")
    {
        Aliases = ["Published", "Publication Date", "Date Published"], Examples = ["2023-03", ""],
    };

    public static ColumnDefinition Url { get; } = new("URL", nameof(Source.Url), ValueKind.Url, "Where it can be read online.")
    {
        Aliases = ["Link", "Web Address"], Examples = ["https://example.org/report-2023", "https://example.org/statement"],
    };

    public static ColumnDefinition ArchivedUrl { get; } = new("Archived URL", nameof(Source.ArchivedUrl), ValueKind.Url, "A saved copy, for when the page changes or disappears.")
    {
        Aliases = ["Archive URL", "Archive", "Archived"], Examples = ["", "https://web.archive.org/web/2023/https://example.org/statement"],
    };

    public static ColumnDefinition Accessed { get; } = new("Accessed", nameof(Source.Accessed), ValueKind.Date, "When you read it online; needed for web pages without a date.")
    {
        Aliases = ["Accessed Date", "Access Date", "Date Accessed", "Retrieved"], Examples = ["", "2023-06-02"],
    };

    public static ColumnDefinition Language { get; } = new("Language", nameof(Source.Language), ValueKind.Text, "The language it is written in, as a code such as en or fr.")
    {
        Aliases = ["Lang"], Examples = ["en", "en"],
    };

    public static ColumnDefinition Notes { get; } = new("Notes", nameof(Source.Notes), ValueKind.Text, "Notes on the record: printed in the archival snapshot's appendix of record notes, in no other brief.")
    {
        Aliases = ["Note", "Comments"], Examples = ["Fictional example: replace this row.", ""],
    };

    public static ColumnDefinition Correction { get; } = new("Correction", nameof(Source.Correction), ValueKind.Text, "What the source gets wrong that this record corrects (a misspelt name, a wrong office), in your words; printed in the archival snapshot's record notes.")
    {
        Aliases = ["Corrections", "Corrected"], Examples = ["", "The source's own page misdates it to 2022."],
    };

    public static SheetDefinition Definition { get; } = new(
        "Sources",
        SheetLayout.Table,
        Required: true,
        "One row per published item that a claim or event cites.",
        [Id, Type, Authors, Title, Container, Publisher, Date, Url, ArchivedUrl, Accessed, Language, Notes, Correction])
    {
        Aliases = ["Source", "Bibliography", "References"],
    };
}
