using BriefBuilder.Records;

namespace BriefBuilder.Workbooks.Schema;

/// <summary>The `Brief` sheet: front matter as key and value pairs, one per row.</summary>
public static class BriefSheet
{
    public static SheetDefinition Definition { get; } = new(
        "Brief",
        SheetLayout.KeyValue,
        Required: false,
        "Optional: the brief's front matter, one field per row, its name in the first column and its value in the second.",
        [
            Key("Title", nameof(BriefInfo.Title), "The brief's title.", "Statements on the water plan, 2023"),
            Key("Subtitle", nameof(BriefInfo.Subtitle), "A line under the title.", "Who said what, and when"),
            Key("Organization", nameof(BriefInfo.Organization), "Who publishes the brief.", "Example Policy Institute", "Organisation", "Publisher"),
            Key("Author", nameof(BriefInfo.Author), "Who prepared it.", "A. Researcher", "Authors", "Prepared By"),
            Key("Contact", nameof(BriefInfo.Contact), "Where readers can write.", "briefs@example.org", "Email"),
            Key("Summary", nameof(BriefInfo.Summary), "A paragraph on what the brief covers.", "Public statements by ministers and officials on the proposed water plan."),
            Key("Disclaimer", nameof(BriefInfo.Disclaimer), "Printed at the end.", "Fictional example content."),
            Key("Language", nameof(BriefInfo.Language), "The brief's language: en, fr or hy.", "en", "Lang"),
            Key("Coding Note", nameof(BriefInfo.CodingNote), "How stances were assigned, so readers can judge the coding.", "Stances follow each speaker's own words, read in full context.", "Method", "Methodology"),
        ])
    {
        Aliases = ["About", "Front Matter"],
    };

    private static ColumnDefinition Key(string name, string field, string description, string example, params string[] aliases) =>
        new(name, field, ValueKind.Text, description) { Aliases = aliases, Examples = [example] };
}
