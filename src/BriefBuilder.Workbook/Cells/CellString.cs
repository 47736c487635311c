namespace BriefBuilder.Workbooks.Cells;

/// <summary>A cell's text as read: cleaned (see <see cref="CleanText"/>), with what the cleaning did, or cut at the
/// limit of characters per cell.</summary>
internal readonly record struct CellString(string Text, string? Cleaned, bool Cut)
{
    /// <summary>Cleans text read from the file; text that was cut is kept as cut, for the message to quote.</summary>
    public static CellString From(string text, bool cut)
    {
        var (clean, done) = CleanText.Of(text);
        return new CellString(clean, done, cut);
    }
}
