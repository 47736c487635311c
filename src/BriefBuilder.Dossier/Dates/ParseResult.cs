namespace BriefBuilder.Dates;

/// <summary>The outcome of parsing user text: a value, or an error message with the 0-based position where the text went wrong.</summary>
public readonly record struct ParseResult<T>(T? Value, string? Error, int Position)
{
    public bool Success => Error is null;

    public static ParseResult<T> Ok(T value) => new(value, null, 0);

    public static ParseResult<T> Fail(string error, int position) => new(default, error, position);
}
