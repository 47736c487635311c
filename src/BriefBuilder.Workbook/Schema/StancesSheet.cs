using BriefBuilder.Records;

namespace BriefBuilder.Workbooks.Schema;

/// <summary>The `Stances` sheet: the positions claims are coded with, as the curator defines them.</summary>
public static class StancesSheet
{
    public static ColumnDefinition Key { get; } = new("Key", nameof(Stance.Key), ValueKind.Id, "The word claims use in their Stance column.")
    {
        Aliases = ["Stance", "ID", "Stance Key"], Required = true, Examples = ["support", "oppose"],
    };

    public static ColumnDefinition Label { get; } = new("Label", nameof(Stance.Label), ValueKind.Text, "The words printed in legends and tables.")
    {
        Aliases = ["Name"], Required = true, Examples = ["Supports the plan", "Opposes the plan"],
    };

    public static ColumnDefinition Description { get; } = new("Description", nameof(Stance.Description), ValueKind.Text, "What a claim must say to get this stance.")
    {
        Aliases = ["Definition"], Examples = ["Speaks in favour of adopting or funding the plan.", "Speaks against adopting or funding the plan."],
    };

    public static ColumnDefinition Color { get; } = new("Color", nameof(Stance.Color), ValueKind.Color, "The colour that marks the stance in charts, as #RRGGBB.")
    {
        Aliases = ["Colour", "Hex"], Examples = ["#1B9E77", "#D95F02"],
    };

    public static ColumnDefinition Order { get; } = new("Order", nameof(Stance.Order), ValueKind.Integer, "Where the stance comes in legends and tables; empty means its row's place.")
    {
        Aliases = ["Sort", "Rank"], Examples = ["1", "2"],
    };

    public static SheetDefinition Definition { get; } = new(
        "Stances",
        SheetLayout.Table,
        Required: true,
        "One row per stance a claim can take. The tool gives them no meaning of its own.",
        [Key, Label, Description, Color, Order])
    {
        Aliases = ["Stance", "Positions"],
    };
}
