using BriefBuilder.Dates;

namespace BriefBuilder.Dossier.Tests.Dates;

/// <summary>Parses test inputs and fails with the parser's own message, so a broken example explains itself.</summary>
internal static class Edtf
{
    public static DateValue Valid(string text)
    {
        var result = DateValue.Parse(text);
        Assert.True(result.Success, $"'{text}' should parse but failed at {result.Position}: {result.Error}");
        return result.Value!;
    }

    public static EdtfDate Date(string text)
    {
        var value = Valid(text);
        Assert.False(value.IsInterval);
        return value.Start!;
    }

    public static (string Error, int Position) Invalid(string text)
    {
        var result = DateValue.Parse(text);
        Assert.False(result.Success, $"'{text}' should be rejected but parsed as {result.Value}");
        Assert.Null(result.Value);
        return (result.Error!, result.Position);
    }

    public static DateOnly Day(int year, int month, int day) => new(year, month, day);
}
