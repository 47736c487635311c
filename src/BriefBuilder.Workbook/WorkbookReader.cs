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
    public static WorkbookReadResult Read(string path, ReadLimits limits)
    {
        var (file, problem) = WorkbookFile.Open(path, limits);
        if (file is null)
        {
            return Unreadable(path, problem!, null);
        }

        using (file)
        {
            try
            {
                return Read(path, file, limits);
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

    private static WorkbookReadResult Read(string path, WorkbookFile file, ReadLimits limits)
    {
        var parts = WorkbookParts.Read(file.Package, limits);
        var context = new BindingContext(path, parts.Date1904);
        var matched = SheetMatcher.Match(parts.Sheets, context);
        var contents = matched
            .Where(m => m.Key.Layout != SheetLayout.ReadMe)
            .ToDictionary(m => m.Key, m => SheetReader.Read(m.Value, parts.Cells, limits));
        foreach (var content in contents.Values)
        {
            context.Diagnostics.AddRange(content.Problems.Select(p => new Diagnostic(p.Severity, context.At(content.Name, p.Address), p.Code, p.Message)));
        }

        var (dossier, locations) = DossierBinder.Bind(contents, context);
        context.Diagnostics.AddRange(DossierValidator.Validate(dossier, locations));

        var sheetOrder = parts.Sheets.Select(s => s.Name).ToList();
        var diagnostics = DiagnosticOrder.Sort(context.Diagnostics.Items, sheetOrder);
        var hasErrors = diagnostics.Any(d => d.Severity == Severity.Error);
        return new WorkbookReadResult(path, hasErrors ? null : dossier, diagnostics, locations);
    }

    private static WorkbookReadResult Unreadable(string path, FileProblem problem, string? sheet) =>
        new(path, null, [new Diagnostic(Severity.Error, new SourceLocation(path, sheet), problem.Code, problem.Message)], FieldLocations.ForFile(path))
        {
            IsUnreadable = true,
        };
}
