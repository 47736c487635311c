using BriefBuilder.Records;

namespace BriefBuilder.Workbooks.Schema;

/// <summary>The `Claims` sheet: one attributed statement per row.</summary>
public static class ClaimsSheet
{
    public static ColumnDefinition Id { get; } = new("ID", nameof(Claim.Id), ValueKind.Id, "A short unique name for the claim, such as C1.")
    {
        Aliases = ["Claim ID", "Claim"], Required = true, Examples = ["C1", "C2"],
    };

    public static ColumnDefinition Date { get; } = new("Date", nameof(Claim.Date), ValueKind.Date, "When the statement was made, as precisely as the source dates it. An uncertain or approximate date is written in EDTF: 2023-10 (a month), 2023-10~ (about then), 2023-10-05? (probably that day). Leave it empty when the source gives the statement no date: briefs list it as undated, never under a month.")
    {
        Aliases = ["Claim Date", "When"], Examples = ["2023-03-14", "2023-06~"],
    };

    public static ColumnDefinition Window { get; } = new("Undated Window", nameof(Claim.Window), ValueKind.Date, "For a statement with no date of its own (Date empty): the span it must fall in, as an EDTF interval, such as 2023-09/2024-04-15 (after the event it reacts to, before the source reporting it). Briefs print it as the window of an undated statement.")
    {
        Aliases = ["Window", "Date Window", "Made Between"], Examples = ["", ""],
    };

    public static ColumnDefinition DisplayDate { get; } = new("Display Date", nameof(Claim.DisplayDate), ValueKind.Text, "Optional words shown instead of the formatted date, such as \"early June 2023\". The Date column (or the Undated Window) still decides the order and the grouping.")
    {
        Aliases = ["Date Shown", "Date Text"], Examples = ["", "early June 2023"],
    };

    public static ColumnDefinition Speaker { get; } = new("Speaker", nameof(Claim.SpeakerIds), ValueKind.ReferenceList, "Who said it: IDs from the People sheet. Leave empty when an institution speaks as a whole.")
    {
        Aliases = ["Speakers", "Speaker ID", "Speaker IDs", "Person", "People"], Target = "People", Examples = ["P1", "P2"],
    };

    public static ColumnDefinition Institution { get; } = new("Institution", nameof(Claim.InstitutionId), ValueKind.Reference, "The institution the statement speaks for: an ID from the Institutions sheet. Needed when there is no speaker (a body, its mission or its team speaking as such); otherwise it defaults to the institution the first speaker speaks for (People: Institution), never to an Affiliation.")
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

    public static ColumnDefinition ShortForm { get; } = new("Short Form", nameof(Claim.ShortForm), ValueKind.Text, "Optional: the summary said again more briefly in your own words, whole and faithful, for briefs with little room (the handout). Briefs never cut a summary; without a short form they print it in full.")
    {
        Aliases = ["Short Summary", "Short"], Examples = ["Said the plan would be funded in full.", ""],
    };

    public static ColumnDefinition Quote { get; } = new("Quote", nameof(Claim.Quote), ValueKind.Text, "Optional: the exact words, copied from the source.")
    {
        Aliases = ["Quotation", "Verbatim"], Examples = ["We will fund every line of this plan.", ""],
    };

    public static ColumnDefinition Sources { get; } = new("Sources", nameof(Claim.Citations), ValueKind.Citations, "Where the statement is recorded: at least one ID from the Sources sheet, each followed by where in that source when you know it, such as S1 p. 4; S2 paras. 6–7.")
    {
        Aliases = ["Source", "Source IDs", "Source ID"], Required = true, Target = "Sources", Examples = ["S1 p. 4", "S2"],
    };

    public static ColumnDefinition Locator { get; } = new("Locator", nameof(Claim.Citations), ValueKind.Text, "The earlier way to say where in the source: a page, paragraph or time code that belongs to the first source listed in Sources. Prefer writing it after its source in Sources.")
    {
        Aliases = ["Page", "Pages", "Pinpoint"], Examples = ["", ""],
    };

    public static ColumnDefinition Tags { get; } = new("Tags", nameof(Claim.Tags), ValueKind.TextList, "Topics for grouping and filtering.")
    {
        Aliases = ["Tag", "Keywords", "Topics"], Examples = ["water; budget", "water"],
    };

    public static ColumnDefinition Key { get; } = new("Key", nameof(Claim.IsKey), ValueKind.Flag, "yes for one of the dossier's key statements: a template can print only these (filters: key-only).")
    {
        Aliases = ["Key Statement", "Highlight"], Examples = ["yes", ""],
    };

    public static ColumnDefinition Status { get; } = new("Status", nameof(Claim.Status), ValueKind.Choice, "verified once checked against the sources; draft until then. An empty status counts as draft.")
    {
        Choices = Vocabularies.ClaimStatuses.Words, Examples = ["verified", "verified"],
    };

    public static ColumnDefinition Notes { get; } = new("Notes", nameof(Claim.Notes), ValueKind.Text, "Notes on the record: printed in the archival snapshot's appendix of record notes, in no other brief.")
    {
        Aliases = ["Note", "Comments", "Internal Notes"], Examples = ["Fictional example: replace this row.", ""],
    };

    public static ColumnDefinition Correction { get; } = new("Correction", nameof(Claim.Correction), ValueKind.Text, "What the source gets wrong that this record corrects (a misspelt name, a wrong office), in your words; printed in the archival snapshot's record notes.")
    {
        Aliases = ["Corrections", "Corrected"], Examples = ["", "The source calls the director “deputy director”."],
    };

    public static SheetDefinition Definition { get; } = new(
        "Claims",
        SheetLayout.Table,
        Required: true,
        "One row per statement: who said what, when, with which stance, citing which sources.",
        [Id, Date, Window, DisplayDate, Speaker, Institution, Stance, Summary, ShortForm, Quote, Sources, Locator, Tags, Key, Status, Notes, Correction])
    {
        Aliases = ["Claim", "Statements"],
    };
}
