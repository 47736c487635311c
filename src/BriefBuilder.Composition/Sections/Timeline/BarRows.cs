namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>Puts horizontal bars on the fewest rows so that none overlaps another on its row (greedy interval scheduling).</summary>
internal sealed class BarRows(double gap)
{
    private readonly List<double> _rowEnds = [];

    public int Count => _rowEnds.Count;

    /// <summary>The row for a bar occupying [start, end]; bars must be placed in order of start.</summary>
    public int Place(double start, double end)
    {
        for (var row = 0; row < _rowEnds.Count; row++)
        {
            if (_rowEnds[row] + gap <= start)
            {
                _rowEnds[row] = end;
                return row;
            }
        }

        _rowEnds.Add(end);
        return _rowEnds.Count - 1;
    }
}
