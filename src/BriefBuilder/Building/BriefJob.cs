using System.Reflection;
using BriefBuilder.Cli.Limits;
using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Diagnostics;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Cli.Building;

/// <summary>One brief to build: a workbook, a template and options, and where the PDF goes.</summary>
public sealed record BriefJob(string Workbook, string Template, BriefOptions Options, string OutputPath)
{
    /// <summary>The tool version recorded in every brief's provenance and build fingerprint.</summary>
    public static string ToolVersion { get; } =
        typeof(BriefJob).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>How much of the workbook the reader takes (the template's and layout's limits travel with the
    /// catalog and the options).</summary>
    public ReadLimits ReadLimits { get; init; } = ReadLimits.Default;

    /// <summary>Reads, composes, lays out and writes the brief; nothing is written when an error stops it.</summary>
    public BriefJobResult Run(TemplateCatalog templates)
    {
        var read = WorkbookReader.Read(Workbook, ReadLimits);
        if (read.Dossier is null)
        {
            return new BriefJobResult(this, read.Diagnostics, read.IsUnreadable, null);
        }

        var loaded = templates.Load(Template);
        if (loaded.Template is null)
        {
            return new BriefJobResult(this, [.. read.Diagnostics, .. loaded.Diagnostics], false, null);
        }

        var inputs = new BuildInputs(
            Path.GetFileName(Workbook),
            BuildInputs.HashOf(File.ReadAllBytes(Workbook)),
            loaded.Template.Name,
            loaded.Template.ContentHash,
            Options,
            ToolVersion);
        var built = BriefPdf.Build(read.Dossier, loaded.Template, Options, inputs);
        List<Diagnostic> diagnostics = [.. read.Diagnostics, .. loaded.Diagnostics, .. built.Diagnostics];
        if (built.Pdf is null)
        {
            return new BriefJobResult(this, diagnostics, false, null);
        }

        var problem = OutputWriter.Write(OutputPath, [Workbook, loaded.Template.File], stream => stream.Write(built.Pdf));
        if (problem is not null)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, new SourceLocation(OutputPath), "BB100", problem));
            return new BriefJobResult(this, diagnostics, true, null);
        }

        return new BriefJobResult(this, diagnostics, false, built.PageCount);
    }

    /// <summary>A job for each template, with the limits set on the command line.</summary>
    public static BriefJob With(string workbook, string template, BriefOptions options, string outputPath, InputLimits limits) =>
        new(workbook, template, options with { Limits = limits.Layout }, outputPath) { ReadLimits = limits.Read };
}

/// <summary>What a job left: its diagnostics, whether a file could not be read or written at all, and the pages written.</summary>
public sealed record BriefJobResult(BriefJob Job, IReadOnlyList<Diagnostic> Diagnostics, bool Unusable, int? Pages)
{
    public bool Written => Pages is not null;
}
