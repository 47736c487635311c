using ClosedXML.Excel;

namespace BriefBuilder.Cli.Tests.Reporting;

/// <summary>Workbooks the reporting tests need, made from the starter workbook `init` writes.</summary>
internal static class TestWorkbooks
{
    /// <summary>The starter workbook, which has no errors and no warnings.</summary>
    public static string Starter(CommandLine cli, string name)
    {
        var path = cli.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Assert.Equal(ExitCode.Ok, cli.Run("init", path).Code);
        return path;
    }

    /// <summary>The starter workbook with one column the Claims sheet does not know: one warning, no error.</summary>
    public static string WithOneWarning(CommandLine cli, string name)
    {
        var path = Starter(cli, name);
        using (var workbook = new XLWorkbook(path))
        {
            var claims = workbook.Worksheet("Claims");
            claims.Cell(1, claims.LastColumnUsed().ColumnNumber() + 1).Value = "Mood";
            workbook.Save();
        }

        return path;
    }

    /// <summary>The starter workbook with the first claim's stance key misspelt (its last letter dropped); returns the
    /// path, the key as the Stances sheet has it and the claim's cell.</summary>
    public static (string Path, string Key, string Cell) WithMisspeltStance(CommandLine cli, string name)
    {
        var path = Starter(cli, name);
        using var workbook = new XLWorkbook(path);
        var claims = workbook.Worksheet("Claims");
        var column = claims.Row(1).CellsUsed().First(c => c.GetString() == "Stance").Address.ColumnNumber;
        var cell = claims.Cell(2, column);
        var key = cell.GetString();
        cell.Value = key[..^1];
        workbook.Save();
        return (path, key, cell.Address.ToString()!);
    }

    /// <summary>The starter workbook with <paramref name="text"/> appended to the first claim's Summary; returns the path
    /// and the cell.</summary>
    public static (string Path, string Cell) WithSummaryEnding(CommandLine cli, string name, string text)
    {
        var path = Starter(cli, name);
        using var workbook = new XLWorkbook(path);
        var claims = workbook.Worksheet("Claims");
        var column = claims.Row(1).CellsUsed().First(c => c.GetString() == "Summary").Address.ColumnNumber;
        var cell = claims.Cell(2, column);
        cell.Value = cell.GetString() + text;
        workbook.Save();
        return (path, cell.Address.ToString()!);
    }
}
