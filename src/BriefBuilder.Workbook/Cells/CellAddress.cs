using System.Globalization;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>A cell's 1-based row and column, written in A1 style (`B7`).</summary>
internal readonly record struct CellAddress(int Row, int Column) : IComparable<CellAddress>
{
    // Excel's largest sheet: 1,048,576 rows by 16,384 columns (XFD).
    private const int MaxRow = 1_048_576;
    private const int MaxColumn = 16_384;

    /// <summary>The column's letters: 1 is A, 27 is AA.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>Reads `B7` (a `$` anchor is allowed); null for anything else.</summary>
    public static CellAddress? Parse(string text)
    {
        var i = 0;
        var column = 0;
        var row = 0;
        if (i < text.Length && text[i] == '$')
        {
            i++;
        }

        for (; i < text.Length && char.IsAsciiLetter(text[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            if (column > MaxColumn)
            {
                return null;
            }
        }

        if (i < text.Length && text[i] == '$')
        {
            i++;
        }

        var digitsStart = i;
        for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
        {
            row = (row * 10) + (text[i] - '0');
            if (row > MaxRow)
            {
                return null;
            }
        }

        var complete = column > 0 && i > digitsStart && i == text.Length && row > 0;
        return complete ? new CellAddress(row, column) : null;
    }

    public int CompareTo(CellAddress other) =>
        Row != other.Row ? Row.CompareTo(other.Row) : Column.CompareTo(other.Column);

    public override string ToString() => ColumnLetters(Column) + Row.ToString(CultureInfo.InvariantCulture);
}
