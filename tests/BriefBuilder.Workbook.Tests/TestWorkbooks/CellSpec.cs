namespace BriefBuilder.Tests.TestWorkbooks;

/// <summary>One cell as a test wants it stored, in the forms real spreadsheet programs write.</summary>
internal abstract record CellSpec
{
    /// <summary>Plain C# values become cells: text is a shared string, a number a General number.</summary>
    public static CellSpec? From(object? value) => value switch
    {
        null => null,
        CellSpec spec => spec,
        string text => new SharedText(text),
        int n => new NumberCell(n),
        double d => new NumberCell(d),
        bool b => new BoolCell(b),
        _ => throw new ArgumentException($"no cell for {value.GetType().Name}"),
    };
}

/// <summary>Text in the shared string table (`t="s"`), as Excel writes it.</summary>
internal sealed record SharedText(string Text) : CellSpec;

/// <summary>Text inside the cell (`t="inlineStr"`), as many exporters write it.</summary>
internal sealed record InlineText(string Text) : CellSpec;

/// <summary>A shared string made of formatted runs, with an optional phonetic guide (`rPh`) that is not text.</summary>
internal sealed record RichText(IReadOnlyList<string> Runs, string? Phonetic = null) : CellSpec;

/// <summary>A number, with a custom format code or a built-in format ID (such as 14 for a date).</summary>
internal sealed record NumberCell(double Value, string? FormatCode = null, int? BuiltInFormat = null) : CellSpec;

/// <summary>A formula with the value it was saved with (`t="str"` when text), or none when never calculated.</summary>
internal sealed record FormulaCell(string Formula, string? Cached, bool TextResult = false) : CellSpec;

/// <summary>An error value such as #N/A, left by a formula.</summary>
internal sealed record ErrorCell(string Code) : CellSpec;

internal sealed record BoolCell(bool Value) : CellSpec;

/// <summary>An ISO 8601 date cell (`t="d"`).</summary>
internal sealed record IsoDateCell(string Text) : CellSpec;
