using BriefBuilder.Records;

namespace BriefBuilder.Workbooks.Schema;

/// <summary>The `Claims` sheet: one attributed statement per row.</summary>
public static class ClaimsSheet
{
    public static ColumnDefinition Id { get; } = new("ID", nameof(Claim.Id), ValueKind.Id, "A short unique name for the claim, such as C1.")
    {
        Aliases = ["Claim ID", "Claim"], Required = true, Examples = ["C1", "C2"],
    };

    public static ColumnDefinition Date { get; } = new("Date", nameof(Claim.Date), ValueKind.Date, "When the statement was made. An uncertain or approximate date is written in EDTF: 2023-10 (a month), 2023-10~ (about then), 2023-10-05? (probably that day).")
    {
        Aliases = ["Claim Date", "When"], Required = true, Examples = ["2023-03-14", "2023-06~"],
    };

    public static ColumnDefinition DisplayDate { get; } = new("Display Date", nameof(Claim.DisplayDate), ValueKind.Text, "Optional words shown instead of the formatted date, such as \"early June 2023\". The Date column still decides the order.")
    {
        Aliases = ["Date Shown", "Date Text"], Examples = ["", "early June 2023"],
    };

    public static ColumnDefinition Speaker { get; } = new("Speaker", nameof(Claim.SpeakerIds), ValueKind.ReferenceList, "Who said it: IDs from the People sheet. Leave empty when an institution speaks as a whole.")
    {
        Aliases = ["Speakers", "Speaker ID", "Speaker IDs", "Person", "People"], Target = "People", Examples = ["P1", "P2"],
    };

    public static ColumnDefinition Institution { get; } = new("Institution", nameof(Claim.InstitutionId), ValueKind.Reference, "The institution the statement speaks for: an ID from the Institutions sheet. Needed when there is no speaker; otherwise it defaults to the first speaker's institution.")
    {
        Aliases = ["Institution ID", "Organisation", "Organization"], Target = "Institutions", Examples = ["", "I2"],
    };

    public static ColumnDefinition Stance { get; } = new("Stance", nameof(Claim.StanceKey), ValueKind.Reference, "The position the claim takes: a key from the Stances sheet.")
    {
        Aliases = ["Stance Key", "Position"], Required = true, Target = "Stances", Examples = ["support", "oppose"],
    };

    public static ColumnDefinition Summary { get; } = new("Summary", nameof(Claim.Summary), ValueKind.Text, "A faithful paraphrase of what was said, in your own words.")
    {
        Aliases = ["Paraphrase", "Claim Summary"], Required = true,
        Examples = ["The minister said the water plan would be funded in full.", "The department's director said the plan's timetable could not be met."],
    };

    public static ColumnDefinition Quote { get; } = new("Quote", nameof(Claim.Quote), ValueKind.Text, "Optional: the exact words, copied from the source.")
    {
        Aliases = ["Quotation", "Verbatim"], Examples = ["We will fund every line of this plan.", ""],
    };

    public static ColumnDefinition Sources { get; } = new("Sources", nameof(Claim.SourceIds), ValueKind.ReferenceList, "Where the statement is recorded: at least one ID from the Sources sheet.")
    {
        Aliases = ["Source", "Source IDs", "Source ID"], Required = true, Target = "Sources", Examples = ["S1", "S2"],
    };

    public static ColumnDefinition Locator { get; } = new("Locator", nameof(Claim.Locator), ValueKind.Text, "Where in the source: a page, paragraph or time code.")
    {
        Aliases = ["Page", "Pages", "Pinpoint"], Examples = ["p. 4", "para. 3"],
    };

    public static ColumnDefinition Tags { get; } = new("Tags", nameof(Claim.Tags), ValueKind.TextList, "Topics for grouping and filtering.")
    {
        Aliases = ["Tag", "Keywords", "Topics"], Examples = ["water; budget", "water"],
    };

    public static ColumnDefinition Status { get; } = new("Status", nameof(Claim.Status), ValueKind.Choice, "verified once checked against the sources; draft until then. An empty status counts as draft.")
    {
        Choices = Vocabularies.ClaimStatuses.Words, Examples = ["verified", "verified"],
    };

    public static ColumnDefinition Notes { get; } = new("Notes", nameof(Claim.Notes), ValueKind.Text, "Internal notes for the team; never printed.")
    {
        Aliases = ["Note", "Comments", "Internal Notes"], Examples = ["Fictional example: replace this row.", ""],
    };

    public static SheetDefinition Definition { get; } = new(
        "Claims",
        SheetLayout.Table,
        Required: true,
        "One row per statement: who said what, when, with which stance, citing which sources.",
        [Id, Date, DisplayDate, Speaker, Institution, Stance, Summary, Quote, Sources, Locator, Tags, Status, Notes])
    {
        Aliases = ["Claim", "Statements"],
    };
}
