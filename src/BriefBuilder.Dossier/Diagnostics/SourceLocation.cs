namespace BriefBuilder.Diagnostics;

/// <summary>Where in a user's file a problem is: a workbook's sheet and cell, or a text file's line and column.</summary>
public sealed record SourceLocation(string File, string? Sheet = null, string? Cell = null, int? Line = null, int? Column = null)
{
    public override string ToString()
    {
        if (Sheet is not null)
        {
            var sheet = Sheet.Any(c => !char.IsLetterOrDigit(c) && c != '_') ? $"'{Sheet}'" : Sheet;
            return Cell is null ? $"{File}: {sheet}" : $"{File}: {sheet}!{Cell}";
        }

        if (Line is not null)
        {
            return Column is null ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
        }

        return File;
    }
}
