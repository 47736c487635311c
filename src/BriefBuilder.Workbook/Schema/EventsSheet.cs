using BriefBuilder.Records;

namespace BriefBuilder.Workbooks.Schema;

/// <summary>The `Events` sheet: what happened, shown on the timeline beside the claims.</summary>
public static class EventsSheet
{
    public static ColumnDefinition Id { get; } = new("ID", nameof(Event.Id), ValueKind.Id, "A short unique name for the event, such as E1.")
    {
        Aliases = ["Event ID", "Event"], Required = true, Examples = ["E1", "E2"],
    };

    public static ColumnDefinition Date { get; } = new("Date", nameof(Event.Date), ValueKind.Date, "When it happened; a period is written start/end, such as 2023-05-02/2023-05-04.")
    {
        Aliases = ["When"], Required = true, Examples = ["2023-01-10", "2023-05"],
    };

    public static ColumnDefinition Title { get; } = new("Title", nameof(Event.Title), ValueKind.Text, "A few words naming the event.")
    {
        Aliases = ["Event Title", "Name"], Required = true, Examples = ["Water plan published", "Committee hearing on the water plan"],
    };

    public static ColumnDefinition Description { get; } = new("Description", nameof(Event.Description), ValueKind.Text, "A sentence or two of context.")
    {
        Examples = ["The ministry publishes its draft water plan.", "The parliament's committee hears the department."],
    };

    public static ColumnDefinition Sources { get; } = new("Sources", nameof(Event.Citations), ValueKind.Citations, "Where the event is recorded: IDs from the Sources sheet, each optionally followed by where in it (S1 p. 4).")
    {
        Aliases = ["Source", "Source IDs", "Source ID"], Target = "Sources", Examples = ["S1", "S2"],
    };

    public static ColumnDefinition Tags { get; } = new("Tags", nameof(Event.Tags), ValueKind.TextList, "Topics for grouping and filtering.")
    {
        Aliases = ["Tag", "Keywords", "Topics"], Examples = ["water", "water"],
    };

    public static SheetDefinition Definition { get; } = new(
        "Events",
        SheetLayout.Table,
        Required: false,
        "Optional: one row per event to show on the timeline for context.",
        [Id, Date, Title, Description, Sources, Tags])
    {
        Aliases = ["Event", "Timeline"],
    };
}
