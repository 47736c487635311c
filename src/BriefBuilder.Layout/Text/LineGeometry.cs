namespace BriefBuilder.Layout.Text;

/// <summary>What pagination needs of a paragraph's lines for one measure, kept between layout passes in place of the
/// lines themselves (16 bytes a line against 64): each line's height, and the widest line from each line to the last
/// (indent included), so that measuring what is left of a paragraph split over many pages costs nothing per page.</summary>
internal sealed class LineGeometry
{
    // The heights of the lines, then the widest from each line on (one more: none, from past the last line), in one
    // array: most paragraphs are a line or two, where a second array would cost as much as the numbers.
    private readonly double[] _numbers;

    public LineGeometry(LineMeasure measure, IReadOnlyList<TextLine> lines)
    {
        Measure = measure;
        Count = lines.Count;
        _numbers = new double[(2 * lines.Count) + 1];
        _numbers[^1] = double.MinValue;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            _numbers[i] = lines[i].Height;
            _numbers[Count + i] = Math.Max(_numbers[Count + i + 1], lines[i].Width + lines[i].Indent);
        }
    }

    /// <summary>The measure the lines were broken for.</summary>
    public LineMeasure Measure { get; }

    public int Count { get; }

    public double HeightOf(int line) => _numbers[line];

    /// <summary>The widest of the lines from <paramref name="line"/> on.</summary>
    public double WidestFrom(int line) => _numbers[Count + line];
}
