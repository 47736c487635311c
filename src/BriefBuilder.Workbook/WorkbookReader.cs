using BriefBuilder.Diagnostics;
using BriefBuilder.Validation;
using BriefBuilder.Workbooks.Binding;
using BriefBuilder.Workbooks.Cells;
using BriefBuilder.Workbooks.Opening;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Workbooks;

/// <summary>Reads a dossier workbook: opens the file read-only, streams its schema sheets, binds rows to records and
/// validates the dossier. A bad workbook gives diagnostics at its cells, never an exception; one past the
/// <see cref="ReadLimits"/> is refused where it passes them.</summary>
public static class WorkbookReader
{
    /// <summary>Reads the workbook at <paramref name="path"/> within the default limits; diagnostics name the file as given.</summary>
    public static WorkbookReadResult Read(string path) => Read(path, ReadLimits.Default);

    /// <summary>Reads the workbook at <paramref name="path"/> within <paramref name="limits"/>.</summary>
    public static WorkbookReadResult Read(string path, ReadLimits limits) => Read(path, WorkbookFile.Open(path, limits), limits);

    /// <summary>Reads a workbook from bytes already in memory (read once, so the bytes parsed are the bytes a caller
    /// hashes or keeps); <paramref name="name"/> names it in diagnostics.</summary>
    public static WorkbookReadResult Read(string name, byte[] bytes, ReadLimits? limits = null) =>
        Read(name, WorkbookFile.Open(new MemoryStream(bytes, writable: false), limits ?? ReadLimits.Default), limits ?? ReadLimits.Default);

    /// <summary>Reads the file's bytes once and parses those bytes; the bytes come back with the result (null when the
    /// file could not be read at all).</summary>
    public static (WorkbookReadResult Result, byte[]? Bytes) ReadWithBytes(string path, ReadLimits? limits = null)
    {
        limits ??= ReadLimits.Default;
        var (bytes, problem) = WorkbookFile.ReadAllBytes(path, limits);
        return bytes is null ? (Unreadable(path, problem!, null), null) : (Read(path, bytes, limits), bytes);
    }

    private static WorkbookReadResult Read(string path, (WorkbookFile? File, FileProblem? Problem) opened, ReadLimits limits)
    {
        var (file, problem) = opened;
        if (file is null)
        {
            return Unreadable(path, problem!, null);
        }

        using (file)
        {
            try
            {
                return Parse(path, file, limits);
            }
            catch (Exception e) when (WorkbookFile.IsDamage(e))
            {
                // Parts are read lazily: damage inside one (bad XML, a corrupt zip entry) shows only now.
                return Unreadable(path, WorkbookFile.Damaged(e), null);
            }
            catch (LimitExceededException e)
            {
                return Unreadable(path, new FileProblem(WorkbookCodes.OverLimit, e.Message), e.Sheet);
            }
        }
    }

    private static WorkbookReadResult Parse(string path, WorkbookFile file, ReadLimits limits)
    {
        var parts = WorkbookParts.Read(file.Package, limits);
        var context = new BindingContext(path, parts.Date1904);
        var matched = SheetMatcher.Match(parts.Sheets, context);
        var contents = matched
            .Where(m => m.Key.Layout != SheetLayout.ReadMe)
            .ToDictionary(m => m.Key, m => SheetReader.Read(m.Value, parts.Cells, limits));
        foreach (var content in contents.Values)
        {
            context.Diagnostics.AddRange(content.Problems.Select(p => new Diagnostic(p.Code, context.At(content.Name, p.Address), p.Message)));
        }

        var (dossier, locations) = DossierBinder.Bind(contents, context);
        context.Diagnostics.AddRange(DossierValidator.Validate(dossier, locations));

        var sheetOrder = parts.Sheets.Select(s => s.Name).ToList();
        var diagnostics = DiagnosticOrder.Sort(context.Diagnostics.Items, sheetOrder);
        var hasErrors = diagnostics.Any(d => d.Severity == Severity.Error);
        return new WorkbookReadResult(path, hasErrors ? null : dossier, diagnostics, locations);
    }

    private static WorkbookReadResult Unreadable(string path, FileProblem problem, string? sheet) =>
        new(path, null, [new Diagnostic(problem.Code, new SourceLocation(path, sheet), problem.Message)], FieldLocations.ForFile(path))
        {
            IsUnreadable = true,
        };
}
