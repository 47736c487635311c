namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>Puts horizontal bars on the fewest rows so that none overlaps another on its row (greedy interval scheduling).</summary>
internal sealed class BarRows(double gap)
{
    private readonly List<double> _rowEnds = [];

    public int Count => _rowEnds.Count;

    /// <summary>The row for a bar occupying [start, end]; bars must be placed in order of start (one placed out of
    /// order only ever goes lower than it need, never over another).</summary>
    public int Place(double start, double end)
    {
        var row = Row(start);
        if (row == _rowEnds.Count)
        {
            _rowEnds.Add(end);
        }
        else
        {
            _rowEnds[row] = end;
        }

        return row;
    }

    /// <summary>The row a bar starting at <paramref name="start"/> would take, without placing it.</summary>
    public int Row(double start)
    {
        var row = 0;
        while (row < _rowEnds.Count && _rowEnds[row] + gap > start)
        {
            row++;
        }

        return row;
    }
}
