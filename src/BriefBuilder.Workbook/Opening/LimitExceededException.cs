namespace BriefBuilder.Workbooks.Opening;

/// <summary>Thrown when a workbook goes past one of the <see cref="ReadLimits"/>, to stop reading at once; the reader
/// turns it into one error naming the limit, the value found and how to raise it.</summary>
internal sealed class LimitExceededException(string message, string? sheet = null) : Exception(message)
{
    /// <summary>The sheet being read, when the limit is a sheet's.</summary>
    public string? Sheet { get; } = sheet;
}
