using System.CommandLine;
using BriefBuilder.Cli.Building;
using BriefBuilder.Cli.Limits;
using BriefBuilder.Cli.Output;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Cli.Commands;

/// <summary>`briefbuilder export --csl-json WORKBOOK [--out FILE]`: the workbook's sources as CSL-JSON, for reference
/// managers and for checking the bibliography against citeproc.</summary>
public static class ExportCommand
{
    public static Command Create(CliOutput output)
    {
        var workbook = new Argument<string>("workbook") { Description = "The dossier workbook (.xlsx)." };
        var cslJson = new Option<bool>("--csl-json") { Description = "Export the sources as CSL-JSON (the only format so far)." };
        var outPath = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var limits = new LimitOption();
        var command = new Command("export", "Export a dossier's data in another format.") { workbook, cslJson, outPath };
        limits.AddTo(command);
        command.SetAction(parsed =>
        {
            var inputLimits = limits.ReadOrReport(parsed, output, "export");
            return inputLimits is null
                ? (int)ExitCode.UsageError
                : (int)Run(parsed.GetValue(workbook)!, parsed.GetValue(cslJson), parsed.GetValue(outPath), output with { DiagnosticsPerCode = inputLimits.DiagnosticsPerCode }, inputLimits.Read);
        });
        return command;
    }

    public static ExitCode Run(string workbook, bool cslJson, string? outPath, CliOutput output, ReadLimits? limits = null)
    {
        if (!cslJson)
        {
            output.Error.WriteLine("briefbuilder export: choose a format: --csl-json");
            return ExitCode.UsageError;
        }

        var read = WorkbookReader.Read(workbook, limits ?? ReadLimits.Default);
        if (read.Dossier is null)
        {
            DiagnosticRenderer.Text([read], output with { Out = output.Error });
            return read.IsUnreadable ? ExitCode.UsageError : ExitCode.InvalidInput;
        }

        if (outPath is null)
        {
            using var buffer = new MemoryStream();
            CslJsonWriter.Write(read.Dossier.Sources, buffer);
            output.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            output.Out.WriteLine();
            return ExitCode.Ok;
        }

        var problem = OutputWriter.Write(outPath, [workbook], stream => CslJsonWriter.Write(read.Dossier.Sources, stream));
        if (problem is not null)
        {
            output.Error.WriteLine($"briefbuilder export: {outPath}: {problem}");
            return ExitCode.UsageError;
        }

        return ExitCode.Ok;
    }
}
