using BriefBuilder.Records;

namespace BriefBuilder.Workbooks.Schema;

/// <summary>The `Institutions` sheet: governments, courts, organisations and outlets.</summary>
public static class InstitutionsSheet
{
    public static ColumnDefinition Id { get; } = new("ID", nameof(Institution.Id), ValueKind.Id, "A short unique name for the institution, such as I1.")
    {
        Aliases = ["Institution ID", "Institution"], Required = true, Examples = ["I1", "I2"],
    };

    public static ColumnDefinition Name { get; } = new("Name", nameof(Institution.Name), ValueKind.Text, "The full name as it should be printed.")
    {
        Aliases = ["Full Name"], Required = true, Examples = ["Ministry of Example Affairs", "Department of Water"],
    };

    public static ColumnDefinition ShortName { get; } = new("Short Name", nameof(Institution.ShortName), ValueKind.Text, "An abbreviation used in tables.")
    {
        Aliases = ["Abbreviation", "Acronym"], Examples = ["MEA", "DoW"],
    };

    public static ColumnDefinition Type { get; } = new("Type", nameof(Institution.Type), ValueKind.Choice, "What kind of institution it is. Empty means other.")
    {
        Aliases = ["Institution Type", "Kind"], Choices = Vocabularies.InstitutionTypes.Words, Examples = ["government", "government"],
    };

    public static ColumnDefinition Country { get; } = new("Country", nameof(Institution.Country), ValueKind.Text, "The country it belongs to; empty for international bodies.")
    {
        Examples = ["Exampleland", "Exampleland"],
    };

    public static ColumnDefinition Parent { get; } = new("Parent", nameof(Institution.ParentId), ValueKind.Reference, "The institution it is part of: an ID from this sheet.")
    {
        Aliases = ["Parent ID", "Part Of"], Target = "Institutions", Examples = ["", "I1"],
    };

    public static ColumnDefinition Url { get; } = new("URL", nameof(Institution.Url), ValueKind.Url, "The institution's web site.")
    {
        Aliases = ["Website", "Link"], Examples = ["https://example.org/ministry", "https://example.org/water"],
    };

    public static ColumnDefinition Notes { get; } = new("Notes", nameof(Institution.Notes), ValueKind.Text, "Notes on the record: printed in the archival snapshot's appendix of record notes, in no other brief.")
    {
        Aliases = ["Note", "Comments"], Examples = ["Fictional example: replace this row.", ""],
    };

    public static ColumnDefinition Correction { get; } = new("Correction", nameof(Institution.Correction), ValueKind.Text, "What the source gets wrong that this record corrects (a misspelt name, a wrong office), in your words; printed in the archival snapshot's record notes.")
    {
        Aliases = ["Corrections", "Corrected"], Examples = ["", "The source gives the name as “Example Ministry”."],
    };

    public static SheetDefinition Definition { get; } = new(
        "Institutions",
        SheetLayout.Table,
        Required: true,
        "One row per institution that speaks, employs a speaker, or contains another.",
        [Id, Name, ShortName, Type, Country, Parent, Url, Notes, Correction])
    {
        Aliases = ["Institution", "Organisations", "Organizations"],
    };
}
