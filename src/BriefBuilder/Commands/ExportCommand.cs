using System.CommandLine;
using BriefBuilder.Cli.Building;
using BriefBuilder.Cli.Exports;
using BriefBuilder.Cli.Limits;
using BriefBuilder.Cli.Output;
using BriefBuilder.Files;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Cli.Commands;

/// <summary>`briefbuilder export WORKBOOK --format FORMAT [-o PATH]`: the workbook's data in another format, written to
/// the file PATH or to standard output, or for a format of one file per sheet, into the folder PATH.</summary>
public static class ExportCommand
{
    public static Command Create(CliOutput output)
    {
        var workbook = new Argument<string>("workbook") { Description = "The dossier workbook (.xlsx)." };
        var format = new Option<string?>("--format", "-f") { Description = "The format: " + string.Join("; ", ExportFormat.All.Select(f => $"{f.Name}, {f.Description}")) + "." };
        var cslJson = new Option<bool>("--csl-json") { Description = "Short for --format csl-json." };
        var outPath = OutOption.Create("Write to this file instead of standard output (for csv, the folder to write a file per sheet into).");
        var limits = new LimitOption();
        var report = new ReportOptions();
        var command = new Command("export", "Export a dossier's data in another format.") { workbook, format, cslJson, outPath };
        limits.AddTo(command);
        report.AddTo(command);
        command.SetAction(parsed =>
        {
            var (reporter, inputLimits) = report.Start(parsed, output, "export", limits);
            if (inputLimits is null)
            {
                return reporter.Finish(ExitCode.UsageError);
            }

            var name = parsed.GetValue(format) ?? (parsed.GetValue(cslJson) ? "csl-json" : null);
            return reporter.Finish(Run(parsed.GetValue(workbook)!, name, parsed.GetValue(outPath), reporter, inputLimits.Read));
        });
        return command;
    }

    public static ExitCode Run(string workbook, string? formatName, string? outPath, Reporter reporter, ReadLimits limits)
    {
        var names = ExportFormat.All.Select(f => f.Name).ToList();
        if (formatName is null)
        {
            return reporter.Refuse($"choose a format with --format: {string.Join(", ", names)}");
        }

        if (ExportFormat.Find(formatName) is not { } format)
        {
            return reporter.Refuse($"--format: no format '{formatName}'; the formats are {string.Join(", ", names)}{DidYouMean.Hint(formatName, names)}");
        }

        if (outPath is null && (reporter.Settings.Json || format.IsFolder))
        {
            return reporter.Refuse(format.IsFolder
                ? $"--format {format.Name} writes a file per sheet; give --out FOLDER"
                : "--json prints its report on standard output, where the export would go; give --out FILE");
        }

        var read = WorkbookReader.Read(workbook, limits);
        reporter.Input(workbook, !read.IsUnreadable);
        reporter.Diagnose(read.Diagnostics);
        if (read.Dossier is null)
        {
            return read.IsUnreadable ? ExitCode.UsageError : ExitCode.InvalidInput;
        }

        foreach (var file in format.Files(read))
        {
            if (outPath is null)
            {
                using var buffer = new MemoryStream();
                file.Write(buffer);
                reporter.Output.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                continue;
            }

            var path = file.Name is null ? outPath : Path.Combine(outPath, file.Name);
            long bytes = 0;
            var problem = OutputWriter.Write(path, [workbook], stream =>
            {
                file.Write(stream);
                bytes = stream.CanSeek ? stream.Position : 0;
            });
            if (problem is not null)
            {
                return reporter.Unwritable(path, problem);
            }

            // Written through to a terminal or a pipe (a link to /dev/stdout), the export is the output: no line follows it.
            if (FileIdentity.Of(path) is not { Kind: FileKind.CharacterDevice or FileKind.Fifo })
            {
                reporter.Wrote(path, bytes, null);
            }
        }

        return ExitCode.Ok;
    }
}
