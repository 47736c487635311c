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

    public static ColumnDefinition Institution { get; } = new("Institution", nameof(Person.InstitutionId), ValueKind.Reference, "The institution the person speaks for: an ID from the Institutions sheet.")
    {
        Aliases = ["Institution ID", "Organisation", "Organization"], Target = "Institutions", Examples = ["I1", "I2"],
    };

    public static ColumnDefinition Country { get; } = new("Country", nameof(Person.Country), ValueKind.Text, "The country the person is from or acts for.")
    {
        Examples = ["Exampleland", "Exampleland"],
    };

    public static ColumnDefinition Aliases { get; } = new("Aliases", nameof(Person.Aliases), ValueKind.TextList, "Other spellings of the name, for searching.")
    {
        Aliases = ["Alias", "Also Known As", "AKA"], Examples = ["J. Example", ""],
    };

    public static ColumnDefinition Notes { get; } = new("Notes", nameof(Person.Notes), ValueKind.Text, "Internal notes for the team; never printed.")
    {
        Aliases = ["Note", "Comments"], Examples = ["Fictional example: replace this row.", ""],
    };

    public static SheetDefinition Definition { get; } = new(
        "People",
        SheetLayout.Table,
        Required: false,
        "One row per named speaker.",
        [Id, Name, Role, Institution, Country, Aliases, Notes])
    {
        Aliases = ["Person", "Persons", "Speakers"],
    };
}
