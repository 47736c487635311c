using System.Reflection;
using BriefBuilder.Cli.Limits;
using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Diagnostics;
using BriefBuilder.Layout;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Cli.Building;

/// <summary>One brief to build: a workbook, a template and options, and the folder and format it is written in
/// (<c>FOLDER/TEMPLATE.pdf</c> for PDF, or <c>FOLDER/NAME.pdf</c> when given a name, as a dated series names its files).</summary>
public sealed record BriefJob(string Workbook, string Template, BriefOptions Options, string OutputFolder, IOutputFormat Format, string? Name = null)
{
    /// <summary>The tool version recorded in every brief's provenance and build fingerprint.</summary>
    public static string ToolVersion { get; } =
        typeof(BriefJob).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The file written: named for the template (or the job's name), with the format's extension.</summary>
    public string OutputPath => Path.Combine(OutputFolder, (Name ?? Path.GetFileNameWithoutExtension(Template)) + Format.Extension);

    /// <summary>How much of the workbook the reader takes (the template's and layout's limits travel with the
    /// catalog and the options).</summary>
    public ReadLimits ReadLimits { get; init; } = ReadLimits.Default;

    /// <summary>A job whose reader and layout work within <paramref name="limits"/> (the template loader's go with the catalog).</summary>
    public static BriefJob Within(InputLimits limits, string workbook, string template, BriefOptions options, string outputFolder, IOutputFormat format) =>
        new(workbook, template, options with { Limits = limits.Layout }, outputFolder, format) { ReadLimits = limits.Read };

    /// <summary>Reads, composes, lays out and writes the brief; nothing is written when an error stops it.</summary>
    public BriefJobResult Run(TemplateCatalog templates) => Run(BuildSources.Load(Workbook, Template, templates, ReadLimits));

    /// <summary>Composes, lays out and writes the brief from files already read; <paramref name="stage"/> hears each
    /// stage as it begins, <paramref name="pageWritten"/> how many pages are written as each one is.</summary>
    public BriefJobResult Run(BuildSources sources, Action<string>? stage = null, Action<int>? pageWritten = null)
    {
        if (sources.Read.Dossier is not { } dossier || sources.WorkbookBytes is not { } bytes)
        {
            return new BriefJobResult(this, sources.Diagnostics, sources.Read.IsUnreadable ? ExitCode.UsageError : ExitCode.InvalidInput, null, 0);
        }

        if (sources.Template.Template is not { } template || sources.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return new BriefJobResult(this, sources.Diagnostics, ExitCode.InvalidInput, null, 0);
        }

        var options = Options.Since is null && sources.TemplateSince is { } since ? Options with { Since = since } : Options;
        var inputs = BuildInputs.From(Path.GetFileName(Workbook), bytes, template, options, ToolVersion) with { Locations = sources.Read.Locations };
        // The file is written as its pages are laid out, into a temporary file that takes the path's place only when the
        // brief is made (not over its page budget, no error): the file's bytes are never held in memory.
        BriefOutput? built = null;
        var problem = OutputWriter.Write(OutputPath, [Workbook, template.File], stream =>
        {
            built = BriefPdf.Write(dossier, template, options, inputs, stream, Format, stage, pageWritten);
            if (built.Success)
            {
                stage?.Invoke("writing");
            }

            return built.Success;
        });
        List<Diagnostic> diagnostics = [.. sources.Diagnostics, .. SelectionWarnings.For(dossier, options), .. built?.Diagnostics ?? []];
        if (built is { Success: false })
        {
            return new BriefJobResult(this, diagnostics, ExitCode.InvalidInput, null, 0);
        }

        if (problem is not null || built is null)
        {
            diagnostics.Add(OutputWriter.Problem(OutputPath, problem ?? "not written"));
            return new BriefJobResult(this, diagnostics, ExitCode.OutputUnwritable, null, 0);
        }

        return new BriefJobResult(this, diagnostics, ExitCode.Ok, built.PageCount, built.Bytes);
    }
}

/// <summary>What a job left: its diagnostics, the exit code it calls for, and the pages and bytes written.</summary>
public sealed record BriefJobResult(BriefJob Job, IReadOnlyList<Diagnostic> Diagnostics, ExitCode Exit, int? Pages, long Bytes)
{
    public bool Written => Pages is not null;
}
