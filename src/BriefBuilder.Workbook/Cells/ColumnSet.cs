namespace BriefBuilder.Workbooks.Cells;

/// <summary>A set of columns kept as ranges, as a sheet's `col` elements give them (`min` to `max`), so a hundred
/// thousand ranges of hidden columns cost a hundred thousand pairs, never one entry per column.</summary>
internal sealed class ColumnSet
{
    private List<(int First, int Last)> _ranges = [];
    private bool _joined = true;

    public void Add(int first, int last)
    {
        _ranges.Add((first, last));
        _joined = false;
    }

    public bool Contains(int column)
    {
        if (!_joined)
        {
            _ranges = Joined(_ranges);
            _joined = true;
        }

        // The ranges are sorted and apart: only the last one starting at or before the column can hold it.
        var index = _ranges.BinarySearch((column, int.MaxValue));
        var candidate = (index < 0 ? ~index : index + 1) - 1;
        return candidate >= 0 && _ranges[candidate].Last >= column;
    }

    private static List<(int First, int Last)> Joined(List<(int First, int Last)> ranges)
    {
        ranges.Sort();
        var joined = new List<(int First, int Last)>(ranges.Count);
        foreach (var (first, last) in ranges)
        {
            if (joined.Count > 0 && first <= joined[^1].Last + 1)
            {
                joined[^1] = (joined[^1].First, Math.Max(joined[^1].Last, last));
            }
            else
            {
                joined.Add((first, last));
            }
        }

        return joined;
    }
}
