namespace BriefBuilder.Layout.Text;

/// <summary>One broken line: units [Start, End) are printed (trailing spaces excluded), the next line starts at Next.
/// Hyphenated lines end at a used soft hyphen, which is shown; Last marks the paragraph's last line or a forced break,
/// which justified text does not stretch.</summary>
internal readonly record struct TextLine(int Start, int End, int Next, double Width, double Indent, bool Hyphenated, bool Last)
{
    public double Ascent { get; init; }

    public double Descent { get; init; }

    /// <summary>The line's height: the largest size on it times the paragraph's line height.</summary>
    public double Height { get; init; }
}
