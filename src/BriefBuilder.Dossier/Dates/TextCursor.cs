namespace BriefBuilder.Dates;

/// <summary>A read position within one part of the input; positions count from the start of the whole input.</summary>
internal sealed class TextCursor(string text, int start, int end)
{
    public const char None = '\0';

    public int Position { get; private set; } = start;

    public bool AtEnd => Position >= end;

    /// <summary>The character at the read position, or <see cref="None"/> past the end.</summary>
    public char Peek() => AtEnd ? None : text[Position];

    public void Advance() => Position++;

    public bool Skip(char expected)
    {
        if (Peek() != expected)
        {
            return false;
        }

        Position++;
        return true;
    }

    /// <summary>Takes the run of digits and unspecified digits (X) at the read position.</summary>
    public string TakeDigits()
    {
        var from = Position;
        while (!AtEnd && (char.IsAsciiDigit(text[Position]) || text[Position] == 'X'))
        {
            Position++;
        }

        return text[from..Position];
    }

    /// <summary>Takes two decimal digits within a range, or leaves the position where they should be.</summary>
    public bool TakeNumber(int min, int max)
    {
        if (end - Position < 2 || !char.IsAsciiDigit(text[Position]) || !char.IsAsciiDigit(text[Position + 1]))
        {
            return false;
        }

        var value = ((text[Position] - '0') * 10) + (text[Position + 1] - '0');
        if (value < min || value > max)
        {
            return false;
        }

        Position += 2;
        return true;
    }
}
