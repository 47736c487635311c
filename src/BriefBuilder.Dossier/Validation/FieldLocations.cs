using BriefBuilder.Diagnostics;
using BriefBuilder.Records;

namespace BriefBuilder.Validation;

/// <summary>Where each record field was read from: the file, and for each sheet the column letter of each field,
/// keyed by the model's property name (for example <c>nameof(Claim.Citations)</c>).</summary>
public sealed class FieldLocations
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> NoColumns =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _columns;

    public FieldLocations(string file, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> columns)
    {
        File = file;
        _columns = columns;
    }

    /// <summary>The file every location is in, as the user named it.</summary>
    public string File { get; }

    /// <summary>Locations for records built in code: every diagnostic points at the file alone.</summary>
    public static FieldLocations ForFile(string file) => new(file, NoColumns);

    /// <summary>The column letter a field was read from on a sheet, or null when the sheet has no such column.</summary>
    public string? ColumnOf(string sheet, string field) =>
        _columns.TryGetValue(sheet, out var fields) && fields.TryGetValue(field, out var column) ? column : null;

    /// <summary>The cell holding a record's field; when the sheet lacks that column, the record's first cell.</summary>
    public SourceLocation Locate(RecordOrigin origin, string field)
    {
        if (origin.Row == 0)
        {
            return new SourceLocation(File);
        }

        var column = ColumnOf(origin.Sheet, field) ?? "A";
        return new SourceLocation(File, origin.Sheet, origin.Cell(column));
    }

    /// <summary>A short `Sheet!Cell` reference for messages that point at a second record.</summary>
    public string Describe(RecordOrigin origin, string field)
    {
        var location = Locate(origin, field);
        return location.Sheet is null ? "(built in code)" : $"{location.Sheet}!{location.Cell}";
    }
}
