namespace BriefBuilder.Workbooks.Cells;

/// <summary>A rectangle of cells from its top-left to its bottom-right corner, such as a merged range `B5:B7`.</summary>
internal readonly record struct CellRange(CellAddress First, CellAddress Last)
{
    /// <summary>Reads `B5:B7` or a single `B5`; null for anything else.</summary>
    public static CellRange? Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var first = CellAddress.Parse(colon < 0 ? text : text[..colon]);
        var last = colon < 0 ? first : CellAddress.Parse(text[(colon + 1)..]);
        if (first is not { } a || last is not { } b)
        {
            return null;
        }

        return new CellRange(
            new CellAddress(Math.Min(a.Row, b.Row), Math.Min(a.Column, b.Column)),
            new CellAddress(Math.Max(a.Row, b.Row), Math.Max(a.Column, b.Column)));
    }

    /// <summary>How many cells the range covers.</summary>
    public long Count => ((long)Last.Row - First.Row + 1) * (Last.Column - First.Column + 1);

    public IEnumerable<CellAddress> Cells()
    {
        for (var row = First.Row; row <= Last.Row; row++)
        {
            for (var column = First.Column; column <= Last.Column; column++)
            {
                yield return new CellAddress(row, column);
            }
        }
    }

    public override string ToString() => First == Last ? First.ToString() : $"{First}:{Last}";
}
