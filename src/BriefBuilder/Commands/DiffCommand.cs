using System.CommandLine;
using BriefBuilder.Cli.Output;
using BriefBuilder.Cli.Snapshots;
using BriefBuilder.Composition.Archive;

namespace BriefBuilder.Cli.Commands;

/// <summary>`briefbuilder diff OLD.pdf WORKBOOK-or-NEW.pdf [--json]`: the statements added, changed (which fields, old
/// and new value) and withdrawn between the workbook an old snapshot carries and a newer workbook or snapshot.</summary>
public static class DiffCommand
{
    public static Command Create(CliOutput output)
    {
        var older = new Argument<string>("old") { Description = "The earlier archival snapshot (PDF)." };
        var newer = new Argument<string>("new") { Description = "A workbook (.xlsx) or a later snapshot (PDF)." };
        var json = new Option<bool>("--json") { Description = "Print the changes as JSON." };
        var command = new Command("diff", "List the statements added, changed and withdrawn since a snapshot.") { older, newer, json };
        command.SetAction(parsed => (int)Run(parsed.GetValue(older)!, parsed.GetValue(newer)!, parsed.GetValue(json), output));
        return command;
    }

    public static ExitCode Run(string olderPath, string newerPath, bool json, CliOutput output)
    {
        var versions = new[] { DossierVersion.Read(olderPath), DossierVersion.Read(newerPath) };
        var exit = ExitCode.Ok;
        var reporter = new Reporter(output, ReportSettings.Default, "diff");
        foreach (var version in versions.Where(v => v.Dossier is null))
        {
            reporter.Diagnose(version.Diagnostics);
            exit = version.Problem is not null ? reporter.Refuse(version.Problem) : ExitCode.InvalidInput;
        }

        if (exit != ExitCode.Ok)
        {
            return exit;
        }

        var changes = ClaimChanges.Between(versions[0].Dossier!, versions[1].Dossier!);
        if (json)
        {
            ChangesRenderer.Json(versions[0].Label, versions[1].Label, changes, output);
        }
        else
        {
            ChangesRenderer.Text(versions[0].Label, versions[1].Label, changes, output);
        }

        return ExitCode.Ok;
    }
}
