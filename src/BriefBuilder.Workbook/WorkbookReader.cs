using BriefBuilder.Diagnostics;
using BriefBuilder.Validation;
using BriefBuilder.Workbooks.Binding;
using BriefBuilder.Workbooks.Cells;
using BriefBuilder.Workbooks.Opening;
using BriefBuilder.Workbooks.Schema;

namespace BriefBuilder.Workbooks;

/// <summary>Reads a dossier workbook: opens the file read-only, streams its schema sheets, binds rows to records and
/// validates the dossier. A bad workbook gives diagnostics at its cells, never an exception.</summary>
public static class WorkbookReader
{
    /// <summary>Reads the workbook at <paramref name="path"/>; diagnostics name the file as given.</summary>
    public static WorkbookReadResult Read(string path) => Read(path, WorkbookFile.Open(path));

    /// <summary>Reads a workbook from bytes already in memory (read once, so the bytes parsed are the bytes a caller
    /// hashes or keeps); <paramref name="name"/> names it in diagnostics.</summary>
    public static WorkbookReadResult Read(string name, byte[] bytes) =>
        Read(name, WorkbookFile.Open(new MemoryStream(bytes, writable: false)));

    /// <summary>Reads the file's bytes once and parses those bytes; the bytes come back with the result (null when the
    /// file could not be read at all).</summary>
    public static (WorkbookReadResult Result, byte[]? Bytes) ReadWithBytes(string path)
    {
        var (bytes, problem) = WorkbookFile.ReadAllBytes(path);
        return bytes is null ? (Unreadable(path, problem!), null) : (Read(path, bytes), bytes);
    }

    private static WorkbookReadResult Read(string path, (WorkbookFile? File, FileProblem? Problem) opened)
    {
        var (file, problem) = opened;
        if (file is null)
        {
            return Unreadable(path, problem!);
        }

        using (file)
        {
            try
            {
                return Parse(path, file);
            }
            catch (Exception e) when (WorkbookFile.IsDamage(e))
            {
                // Parts are read lazily: damage inside one (bad XML, a corrupt zip entry) shows only now.
                return Unreadable(path, WorkbookFile.Damaged(e));
            }
        }
    }

    private static WorkbookReadResult Parse(string path, WorkbookFile file)
    {
        var parts = WorkbookParts.Read(file.Package);
        var context = new BindingContext(path, parts.Date1904);
        var matched = SheetMatcher.Match(parts.Sheets, context);
        var contents = matched
            .Where(m => m.Key.Layout != SheetLayout.ReadMe)
            .ToDictionary(m => m.Key, m => SheetReader.Read(m.Value, parts.Cells));
        var (dossier, locations) = DossierBinder.Bind(contents, context);
        context.Diagnostics.AddRange(DossierValidator.Validate(dossier, locations));

        var sheetOrder = parts.Sheets.Select(s => s.Name).ToList();
        var diagnostics = DiagnosticOrder.Sort(context.Diagnostics.Items, sheetOrder);
        var hasErrors = diagnostics.Any(d => d.Severity == Severity.Error);
        return new WorkbookReadResult(path, hasErrors ? null : dossier, diagnostics, locations);
    }

    private static WorkbookReadResult Unreadable(string path, FileProblem problem) =>
        new(path, null, [new Diagnostic(Severity.Error, new SourceLocation(path), problem.Code, problem.Message)], FieldLocations.ForFile(path))
        {
            IsUnreadable = true,
        };
}
