namespace BriefBuilder.Records;

/// <summary>Where a record was read from (sheet and 1-based row), so later checks can point at it.</summary>
public sealed record RecordOrigin(string Sheet, int Row)
{
    /// <summary>An origin for records built in code rather than read from a workbook.</summary>
    public static RecordOrigin None { get; } = new(string.Empty, 0);

    /// <summary>The A1 reference of a column in this record's row.</summary>
    public string Cell(string column) => $"{column}{Row}";
}
