using ClosedXML.Excel;

namespace BriefBuilder.Cli.Tests.Reporting;

/// <summary>Workbooks the reporting tests need, made from the starter workbook `init` writes.</summary>
internal static class TestWorkbooks
{
    /// <summary>The starter workbook with its example disclaimer and contact replaced, as a curator would: no errors and
    /// no warnings.</summary>
    public static string Starter(CommandLine cli, string name)
    {
        var path = cli.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Assert.Equal(ExitCode.Ok, cli.Run("init", path).Code);
        using var workbook = new XLWorkbook(path);
        var brief = workbook.Worksheet("Brief");
        brief.Column(1).CellsUsed().Single(c => c.GetString() == "Contact").CellRight().SetValue("desk@ours.example");
        brief.Column(1).CellsUsed().Single(c => c.GetString() == "Disclaimer").CellRight().SetValue("Our own disclaimer.");
        workbook.Save();
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
        var (path, key, cell) = WithFirstClaim(cli, name, "Stance", key => key[..^1]);
        return (path, key, cell);
    }

    /// <summary>The starter workbook with <paramref name="text"/> appended to the first claim's Summary; returns the path
    /// and the cell.</summary>
    public static (string Path, string Cell) WithSummaryEnding(CommandLine cli, string name, string text)
    {
        var (path, _, cell) = WithFirstClaim(cli, name, "Summary", summary => summary + text);
        return (path, cell);
    }

    /// <summary>The starter workbook with the first claim's Date cell holding <paramref name="text"/> as text.</summary>
    public static (string Path, string Cell) WithClaimDate(CommandLine cli, string name, string text)
    {
        var (path, _, cell) = WithFirstClaim(cli, name, "Date", _ => text);
        return (path, cell);
    }

    // Changes the first claim's cell under a header; returns the path, the cell's old text and its address.
    private static (string Path, string Old, string Cell) WithFirstClaim(CommandLine cli, string name, string header, Func<string, string> change)
    {
        var path = Starter(cli, name);
        using var workbook = new XLWorkbook(path);
        var claims = workbook.Worksheet("Claims");
        var column = claims.Row(1).CellsUsed().First(c => c.GetString() == header).Address.ColumnNumber;
        var cell = claims.Cell(2, column);
        var old = cell.GetString();
        cell.SetValue(change(old));
        cell.DataType = XLDataType.Text;
        workbook.Save();
        return (path, old, cell.Address.ToString()!);
    }
}
