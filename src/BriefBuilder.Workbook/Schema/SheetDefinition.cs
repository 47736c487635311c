using System.Runtime.CompilerServices;
using BriefBuilder.Validation.Names;

namespace BriefBuilder.Workbooks.Schema;

/// <summary>One sheet of the workbook schema: its name, whether a workbook must have it, how it is laid out, and its columns.</summary>
public sealed record SheetDefinition(string Name, SheetLayout Layout, bool Required, string Description, IReadOnlyList<ColumnDefinition> Columns)
{
    /// <summary>Other sheet names accepted, compared as <see cref="SchemaName"/> compares.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>A sheet is itself, whatever it has in common with another.</summary>
    public bool Equals(SheetDefinition? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

    public bool Matches(string sheetName)
    {
        var key = SchemaName.Key(sheetName);
        return SchemaName.Key(Name) == key || Aliases.Any(a => SchemaName.Key(a) == key);
    }

    /// <summary>The column a header names, if any.</summary>
    public ColumnDefinition? FindColumn(string header) => Columns.FirstOrDefault(c => c.Matches(header));

    /// <summary>A column whose name or alias is one or two letters from a header that matched none, for "did you mean".</summary>
    public ColumnDefinition? Resembling(string header)
    {
        var key = SchemaName.Key(header);
        return key.Length < 3 ? null : Columns.FirstOrDefault(c =>
            new[] { c.Name }.Concat(c.Aliases).Any(name => EditDistance.Within(SchemaName.Key(name), key, 2) <= 2));
    }
}

/// <summary>How a sheet's cells are arranged.</summary>
public enum SheetLayout
{
    /// <summary>A header row, then one record per row.</summary>
    Table,

    /// <summary>Two columns: a key (the "column" name) and its value, one per row.</summary>
    KeyValue,

    /// <summary>Explanations for people; the reader passes over it.</summary>
    ReadMe,
}
