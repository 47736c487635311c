namespace BriefBuilder.Dates;

/// <summary>Which parts of a date were written as unspecified digits (`2023-XX`, `2023-12-XX`), so the text can be given back as written.</summary>
[Flags]
public enum UnspecifiedParts
{
    None = 0,
    Month = 1,
    Day = 2,
}
