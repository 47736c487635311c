using BriefBuilder.Workbooks.Cells;

namespace BriefBuilder.Tests.TestWorkbooks;

/// <summary>A sheet under construction: cells by address, and the hidden rows, columns and merged ranges to write.</summary>
internal sealed class TestSheet(string name)
{
    private readonly SortedDictionary<CellAddress, CellSpec> _cells = [];

    public string Name { get; set; } = name;

    public bool Hidden { get; private set; }

    public HashSet<int> HiddenRows { get; } = [];

    public HashSet<int> HiddenColumns { get; } = [];

    public List<string> Merges { get; } = [];

    /// <summary>A picture is anchored on the sheet (a logo, a chart pasted as an image).</summary>
    public bool HasPicture { get; private set; }

    public IReadOnlyDictionary<CellAddress, CellSpec> Cells => _cells;

    public int LastRow => _cells.Count == 0 ? 0 : _cells.Keys.Max(a => a.Row);

    /// <summary>Appends a row below the last one; null leaves a cell out.</summary>
    public TestSheet Row(params object?[] values) => RowAt(LastRow + 1, values);

    public TestSheet RowAt(int row, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            Set(new CellAddress(row, i + 1), values[i]);
        }

        return this;
    }

    /// <summary>Sets (or with null, clears) one cell by its A1 reference.</summary>
    public TestSheet Set(string reference, object? value) => Set(CellAddress.Parse(reference)!.Value, value);

    public TestSheet Hide()
    {
        Hidden = true;
        return this;
    }

    public TestSheet HideRow(int row)
    {
        HiddenRows.Add(row);
        return this;
    }

    public TestSheet HideColumn(int column)
    {
        HiddenColumns.Add(column);
        return this;
    }

    public TestSheet AddPicture()
    {
        HasPicture = true;
        return this;
    }

    public TestSheet Merge(string range)
    {
        Merges.Add(range);
        return this;
    }

    /// <summary>The column (1-based) whose header in row 1 is <paramref name="header"/>.</summary>
    public int ColumnOf(string header) =>
        _cells.First(c => c.Key.Row == 1 && c.Value is SharedText t && t.Text == header).Key.Column;

    /// <summary>The A1 reference of a header's column in a row.</summary>
    public string Cell(string header, int row) => new CellAddress(row, ColumnOf(header)).ToString();

    private TestSheet Set(CellAddress address, object? value)
    {
        if (CellSpec.From(value) is { } spec)
        {
            _cells[address] = spec;
        }
        else
        {
            _cells.Remove(address);
        }

        return this;
    }
}
