using BriefBuilder.Cli.Snapshots;
using BriefBuilder.Composition.Archive;
using BriefBuilder.Composition.Sections.NewSince;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Diagnostics;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Cli.Building;

/// <summary>The files a build reads, each read once: the workbook's bytes (the same bytes are parsed, hashed and, in an
/// archival snapshot, embedded, so a workbook saved mid-build cannot slip in), the template, and the earlier snapshot a
/// template's new-since section names. A dated series builds every date from one reading.</summary>
public sealed record BuildSources(string Workbook, WorkbookReadResult Read, byte[]? WorkbookBytes, TemplateResult Template, PriorSnapshot? TemplateSince, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static BuildSources Load(string workbook, string template, TemplateCatalog templates, ReadLimits? limits = null) =>
        With(WorkbookReader.ReadWithBytes(workbook, limits), templates.Load(template));

    /// <summary>The sources for one template from a workbook and a template already read, so several templates share one
    /// reading and a template can be read while the workbook is.</summary>
    public static BuildSources With((WorkbookReadResult Read, byte[]? Bytes) workbook, TemplateResult loaded)
    {
        var (read, bytes) = workbook;
        if (read.Dossier is null)
        {
            return new BuildSources(read.File, read, bytes, new TemplateResult(null, []), null, read.Diagnostics);
        }

        List<Diagnostic> diagnostics = [.. read.Diagnostics, .. loaded.Diagnostics];
        var since = loaded.Template is { } t ? TemplateSnapshot(t, diagnostics) : null;
        return new BuildSources(read.File, read, bytes, loaded, since, diagnostics);
    }

    /// <summary>The snapshot a template's new-since section names, read relative to the template's folder.</summary>
    private static PriorSnapshot? TemplateSnapshot(BriefTemplate template, List<Diagnostic> diagnostics)
    {
        if (template.Sections.OfType<NewSinceSpec>().FirstOrDefault()?.Snapshot is not { } file)
        {
            return null;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(template.File)) ?? string.Empty;
        var (prior, problem) = PriorSnapshots.Read(Path.Combine(folder, file));
        if (problem is not null)
        {
            diagnostics.Add(new Diagnostic(TemplateCodes.BadSnapshot, new SourceLocation(template.File), $"new-since.snapshot: {problem}"));
        }

        return prior;
    }
}
