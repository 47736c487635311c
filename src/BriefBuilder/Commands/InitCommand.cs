using System.CommandLine;
using BriefBuilder.Cli.Building;
using BriefBuilder.Cli.Output;
using BriefBuilder.Workbooks.Starter;

namespace BriefBuilder.Cli.Commands;

/// <summary>`briefbuilder init PATH.xlsx`: writes a starter workbook, never over an existing file.</summary>
public static class InitCommand
{
    public static Command Create(CliOutput output)
    {
        var path = new Argument<string>("path") { Description = "Where to write the new workbook (.xlsx)." };
        var command = new Command("init", "Write a starter dossier workbook with every sheet, example rows and a Read me sheet.") { path };
        command.SetAction(parsed => (int)Run(parsed.GetValue(path)!, output));
        return command;
    }

    public static ExitCode Run(string path, CliOutput output)
    {
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(output, $"{path}: the file name must end in .xlsx");
        }

        if (File.Exists(path) || Directory.Exists(path))
        {
            return Refuse(output, $"{path}: already exists; init never overwrites a file");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            return Refuse(output, $"{path}: the folder {folder} does not exist");
        }

        // Written whole beside its place, then given its name only if the name is still free, so nothing is ever
        // overwritten, even a file that appeared since the check above, and a killed init leaves no half workbook.
        if (OutputWriter.WriteNew(path, StarterWorkbook.Write) is { } problem)
        {
            return Refuse(output, $"{path}: {problem}");
        }

        output.Out.WriteLine($"Wrote {path}: a starter workbook with example rows and a Read me sheet.");
        output.Out.WriteLine($"Replace the examples with your own, then run: {output.Command} check {path}");
        return ExitCode.Ok;
    }

    private static ExitCode Refuse(CliOutput output, string message)
    {
        output.Error.WriteLine($"briefbuilder init: {message}");
        return ExitCode.UsageError;
    }
}
