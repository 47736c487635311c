using BriefBuilder.Diagnostics;
using BriefBuilder.Tests.Shared;
using BriefBuilder.Tests.TestWorkbooks;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Tests.Workbooks;

public sealed class MessyWorkbookTests
{
    [Fact]
    public void Every_planted_problem_is_reported_at_its_cell_and_nothing_else()
    {
        using var folder = new TempFolder();
        var path = MessyWorkbook.Build().Save(folder.File("messy.xlsx"));

        var reported = Reported(WorkbookReader.Read(path));

        Assert.Equal(Sorted(MessyWorkbook.Expected), Sorted(reported));
    }

    [Fact]
    public void The_committed_messy_workbook_reports_the_planted_problems()
    {
        if (RepositoryFiles.Approving)
        {
            MessyWorkbook.Build().Save(MessyWorkbook.CommittedPath + ".new");
            File.Move(MessyWorkbook.CommittedPath + ".new", MessyWorkbook.CommittedPath, overwrite: true);
        }

        var result = WorkbookReader.Read(MessyWorkbook.CommittedPath);

        Assert.Equal(Sorted(MessyWorkbook.Expected), Sorted(Reported(result)));
        Assert.Null(result.Dossier);
    }

    private static List<(string? Sheet, string? Cell, DiagnosticCode Code)> Reported(WorkbookReadResult result) =>
        [.. result.Diagnostics.Select(d => (d.Location.Sheet, d.Location.Cell, d.Code))];

    private static List<string> Sorted(IEnumerable<(string? Sheet, string? Cell, DiagnosticCode Code)> items) =>
        [.. items.Select(i => $"{i.Sheet}!{i.Cell} {i.Code}").Order(StringComparer.Ordinal)];
}
