using System.Runtime.CompilerServices;

namespace BriefBuilder.Workbooks.Schema;

/// <summary>One column of a schema sheet (or one key of the `Brief` sheet): its header, the model field it fills,
/// what it holds, and the words the Read me sheet and the starter workbook use for it.</summary>
public sealed record ColumnDefinition(string Name, string Field, ValueKind Kind, string Description)
{
    /// <summary>Other headers accepted for this column, compared as <see cref="SchemaName"/> compares.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The sheet must have this column, and every row a value in it.</summary>
    public bool Required { get; init; }

    /// <summary>For references: the sheet whose IDs they name.</summary>
    public string? Target { get; init; }

    /// <summary>For choices: the words allowed, as the starter workbook's drop-down lists them.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>The values of the starter workbook's example rows (one for a `Brief` key).</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>A column is itself: two columns alike in every word are still two columns.</summary>
    public bool Equals(ColumnDefinition? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

    /// <summary>Whether a header names this column.</summary>
    public bool Matches(string header)
    {
        var key = SchemaName.Key(header);
        return key.Length > 0 && (SchemaName.Key(Name) == key || Aliases.Any(a => SchemaName.Key(a) == key));
    }

    /// <summary>How a value is written, for the Read me sheet.</summary>
    public string Format => Kind switch
    {
        ValueKind.Text => "text",
        ValueKind.Id => "ID, unique on this sheet",
        ValueKind.Reference => TargetKey == "ID" ? $"an ID from {Target}" : $"a {TargetKey} from {Target}",
        ValueKind.ReferenceList => $"{TargetKey}s from {Target}, separated by ;",
        ValueKind.TextList => "words separated by ;",
        ValueKind.Authors => "authors separated by ;, a person as Last, First",
        ValueKind.Date => "EDTF date (2023-10-05, 2023-10, 2023~) or an Excel date",
        ValueKind.Url => "http://, https:// or mailto: URL",
        ValueKind.Choice => $"one of: {string.Join(", ", Choices)}",
        ValueKind.Integer => "whole number",
        ValueKind.Color => "hex colour, #RRGGBB",
        ValueKind.Flag => "yes or no (empty is no)",
        ValueKind.Citations => $"IDs from {Target} separated by ;, each optionally followed by its locator (S1 p. 4; S2)",
        _ => throw new InvalidOperationException($"no format text for {Kind}"),
    };

    // What the target sheet's records are named by: "ID", or "key" for stances.
    private string TargetKey =>
        WorkbookSchema.FindSheet(Target ?? string.Empty)?.Columns[0].Name is { } name and not "ID" ? name.ToLowerInvariant() : "ID";
}

