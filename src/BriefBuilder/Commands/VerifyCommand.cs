using System.CommandLine;
using BriefBuilder.Cli.Building;
using BriefBuilder.Cli.Output;
using BriefBuilder.Cli.Snapshots;

namespace BriefBuilder.Cli.Commands;

/// <summary>`briefbuilder verify SNAPSHOT.pdf [--extract DIR]`: checks an archival snapshot against the data it carries
/// and rebuilds it from them; prints each check. Exit 0 only when every check passes, 1 when one fails, 2 when the file
/// cannot be read. `--extract` writes the embedded files out first, so the data outlives the tool.</summary>
public static class VerifyCommand
{
    public static Command Create(CliOutput output)
    {
        var snapshot = new Argument<string>("snapshot") { Description = "The archival snapshot (PDF) to check." };
        var extract = new Option<string?>("--extract") { Description = "Also write the embedded workbook, template and manifest into this folder." };
        var report = new ReportOptions();
        var command = new Command("verify", "Check an archival snapshot against the workbook and template it carries, and rebuild it from them.") { snapshot, extract };
        report.AddTo(command);
        command.SetAction(parsed =>
        {
            var reporter = new Reporter(output, report.Read(parsed), "verify");
            return reporter.Finish(Run(parsed.GetValue(snapshot)!, parsed.GetValue(extract), reporter));
        });
        return command;
    }

    public static ExitCode Run(string path, string? extractTo, Reporter reporter)
    {
        var (file, problem) = SnapshotFile.Open(path);
        reporter.Input(path, file is not null);
        if (file is null)
        {
            return reporter.Refuse(problem!);
        }

        if (extractTo is not null && Extract(file, extractTo, reporter) is { } unwritable)
        {
            return unwritable;
        }

        var checks = SnapshotVerifier.Verify(file);
        reporter.Result($"{path}:");
        foreach (var check in checks)
        {
            reporter.Checked(check.Passed, check.Finding);
        }

        var failed = checks.Count(c => !c.Passed);
        reporter.Result(failed == 0
            ? $"{path}: verified: all {checks.Count} checks passed"
            : $"{path}: NOT verified: {failed} of {checks.Count} checks failed");
        return failed == 0 ? ExitCode.Ok : ExitCode.InvalidInput;
    }

    // Each file under its own name, without any folder part, so a name in the PDF cannot write outside the folder.
    private static ExitCode? Extract(SnapshotFile file, string folder, Reporter reporter)
    {
        foreach (var (name, bytes) in file.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var safe = Path.GetFileName(name.Replace('\\', '/'));
            if (safe.Length == 0 || safe is "." or "..")
            {
                reporter.Output.Error.WriteLine($"briefbuilder verify: an embedded file is named '{name}', which is no file name; not extracted");
                continue;
            }

            var target = Path.Combine(folder, safe);
            if (OutputWriter.Write(target, [file.Path], stream => stream.Write(bytes)) is { } problem)
            {
                return reporter.Unwritable(target, problem);
            }

            reporter.Wrote(target, bytes.Length, null);
        }

        return null;
    }
}
