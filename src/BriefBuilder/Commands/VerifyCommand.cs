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
        var command = new Command("verify", "Check an archival snapshot against the workbook and template it carries, and rebuild it from them.") { snapshot, extract };
        command.SetAction(parsed => (int)Run(parsed.GetValue(snapshot)!, parsed.GetValue(extract), output));
        return command;
    }

    public static ExitCode Run(string path, string? extractTo, CliOutput output)
    {
        var (file, problem) = SnapshotFile.Open(path);
        if (file is null)
        {
            output.Error.WriteLine($"briefbuilder verify: {problem}");
            return ExitCode.UsageError;
        }

        if (extractTo is not null && !Extract(file, extractTo, output))
        {
            return ExitCode.UsageError;
        }

        var checks = SnapshotVerifier.Verify(file);
        output.Out.WriteLine($"{path}:");
        foreach (var check in checks)
        {
            output.Out.WriteLine($"  {(check.Passed ? "ok    " : "FAILED")}  {check.Finding}");
        }

        var failed = checks.Count(c => !c.Passed);
        output.Out.WriteLine(failed == 0
            ? $"{path}: verified: all {checks.Count} checks passed"
            : $"{path}: NOT verified: {failed} of {checks.Count} checks failed");
        return failed == 0 ? ExitCode.Ok : ExitCode.InvalidInput;
    }

    // Each file under its own name, without any folder part, so a name in the PDF cannot write outside the folder.
    private static bool Extract(SnapshotFile file, string folder, CliOutput output)
    {
        foreach (var (name, bytes) in file.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var safe = Path.GetFileName(name.Replace('\\', '/'));
            if (safe.Length == 0 || safe is "." or "..")
            {
                output.Error.WriteLine($"briefbuilder verify: an embedded file is named '{name}', which is no file name; not extracted");
                continue;
            }

            var target = Path.Combine(folder, safe);
            if (OutputWriter.Write(target, [file.Path], stream => stream.Write(bytes)) is { } problem)
            {
                output.Error.WriteLine($"briefbuilder verify: {problem}");
                return false;
            }

            output.Out.WriteLine($"extracted {target} ({bytes.Length} bytes)");
        }

        return true;
    }
}
