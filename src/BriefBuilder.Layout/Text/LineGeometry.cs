namespace BriefBuilder.Layout.Text;

/// <summary>What pagination needs of a paragraph's lines, kept between layout passes in place of the lines themselves
/// (8 bytes a line against 64): each line's height, and the widest line from each line to the last (indent included),
/// so that measuring what is left of a paragraph split over many pages costs nothing per page.</summary>
internal sealed class LineGeometry
{
    private readonly double[] _heights;
    private readonly double[] _widestFrom;

    public LineGeometry(IReadOnlyList<TextLine> lines)
    {
        _heights = new double[lines.Count];
        _widestFrom = new double[lines.Count + 1];
        _widestFrom[lines.Count] = double.MinValue;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            _heights[i] = lines[i].Height;
            _widestFrom[i] = Math.Max(_widestFrom[i + 1], lines[i].Width + lines[i].Indent);
        }
    }

    public int Count => _heights.Length;

    public double HeightOf(int line) => _heights[line];

    /// <summary>The widest of the lines from <paramref name="line"/> on.</summary>
    public double WidestFrom(int line) => _widestFrom[line];
}
