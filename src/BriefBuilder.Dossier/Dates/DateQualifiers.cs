namespace BriefBuilder.Dates;

/// <summary>EDTF level 1 qualification of a whole date: `?` uncertain, `~` approximate, `%` both.</summary>
[Flags]
public enum DateQualifiers
{
    None = 0,
    Uncertain = 1,
    Approximate = 2,
}
