using BriefBuilder.Records;

namespace BriefBuilder.Workbooks.Schema;

/// <summary>The `People` sheet: the named speakers.</summary>
public static class PeopleSheet
{
    public static ColumnDefinition Id { get; } = new("ID", nameof(Person.Id), ValueKind.Id, "A short unique name for the person, such as P1.")
    {
        Aliases = ["Person ID", "Person"], Required = true, Examples = ["P1", "P2"],
    };

    public static ColumnDefinition Name { get; } = new("Name", nameof(Person.Name), ValueKind.Text, "The name as it should be printed.")
    {
        Aliases = ["Full Name"], Required = true, Examples = ["Jane Example", "Alex Sample"],
    };

    public static ColumnDefinition Role { get; } = new("Role", nameof(Person.Role), ValueKind.Text, "The office or job held when speaking.")
    {
        Aliases = ["Title", "Position", "Office"], Examples = ["Minister of Example Affairs", "Director of Water"],
    };

    public static ColumnDefinition Institution { get; } = new("Institution", nameof(Person.InstitutionId), ValueKind.Reference, "The institution the person speaks for as its official, spokesperson or member: their statements count for it unless a claim says otherwise. Leave it empty for someone speaking for themselves, and give their Affiliation instead.")
    {
        Aliases = ["Institution ID", "Organisation", "Organization", "Speaks For"], Target = "Institutions", Examples = ["I1", ""],
    };

    public static ColumnDefinition Affiliation { get; } = new("Affiliation", nameof(Person.AffiliationId), ValueKind.Reference, "Where someone speaking for themselves works or belongs (a university, a think tank): printed to identify them, never counted as the body their statements speak for.")
    {
        Aliases = ["Affiliation ID", "Employer", "Works For"], Target = "Institutions", Examples = ["", "I2"],
    };

    public static ColumnDefinition Country { get; } = new("Country", nameof(Person.Country), ValueKind.Text, "The country the person is from or acts for; briefs print only what this cell says.")
    {
        Examples = ["Exampleland", "Exampleland"],
    };

    public static ColumnDefinition Aliases { get; } = new("Aliases", nameof(Person.Aliases), ValueKind.TextList, "Other spellings of the name, for searching.")
    {
        Aliases = ["Alias", "Also Known As", "AKA"], Examples = ["J. Example", ""],
    };

    public static ColumnDefinition Notes { get; } = new("Notes", nameof(Person.Notes), ValueKind.Text, "Notes on the record: printed in the archival snapshot's appendix of record notes, in no other brief.")
    {
        Aliases = ["Note", "Comments"], Examples = ["Fictional example: replace this row.", ""],
    };

    public static ColumnDefinition Correction { get; } = new("Correction", nameof(Person.Correction), ValueKind.Text, "What the source gets wrong that this record corrects (a misspelt name, a wrong office), in your words; printed in the archival snapshot's record notes.")
    {
        Aliases = ["Corrections", "Corrected"], Examples = ["", "The source spells the name “Jane Exampel”."],
    };

    public static SheetDefinition Definition { get; } = new(
        "People",
        SheetLayout.Table,
        Required: false,
        "One row per named speaker.",
        [Id, Name, Role, Institution, Affiliation, Country, Aliases, Notes, Correction])
    {
        Aliases = ["Person", "Persons", "Speakers"],
    };
}
