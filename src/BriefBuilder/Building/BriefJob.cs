using System.Reflection;
using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Diagnostics;
using BriefBuilder.Layout;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Cli.Building;

/// <summary>One brief to build: a workbook, a template and options, and the folder and format it is written in
/// (<c>FOLDER/TEMPLATE.pdf</c> for PDF).</summary>
public sealed record BriefJob(string Workbook, string Template, BriefOptions Options, string OutputFolder, IOutputFormat Format)
{
    /// <summary>The tool version recorded in every brief's provenance and build fingerprint.</summary>
    public static string ToolVersion { get; } =
        typeof(BriefJob).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The file written: named for the template, with the format's extension.</summary>
    public string OutputPath => Path.Combine(OutputFolder, Path.GetFileNameWithoutExtension(Template) + Format.Extension);

    /// <summary>Reads, composes, lays out and writes the brief; nothing is written when an error stops it.</summary>
    public BriefJobResult Run(TemplateCatalog templates)
    {
        var read = WorkbookReader.Read(Workbook);
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
            BuildInputs.HashOf(File.ReadAllBytes(loaded.Template.File)),
            Options,
            ToolVersion);
        var built = BriefPdf.Build(read.Dossier, loaded.Template, Options, inputs, Format);
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
}

/// <summary>What a job left: its diagnostics, whether a file could not be read or written at all, and the pages written.</summary>
public sealed record BriefJobResult(BriefJob Job, IReadOnlyList<Diagnostic> Diagnostics, bool Unusable, int? Pages)
{
    public bool Written => Pages is not null;
}
