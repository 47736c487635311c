using System.Text.Json;

namespace BriefBuilder.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Csl_json_export_lists_every_source_of_the_workbook_by_id()
    {
        _cli.Run("init", _cli.File("starter.xlsx"));
        var read = BriefBuilder.Workbooks.WorkbookReader.Read(_cli.File("starter.xlsx"));

        var outcome = _cli.Run("export", "--csl-json", _cli.File("starter.xlsx"), "--out", _cli.File("sources.json"));

        Assert.Equal(ExitCode.Ok, outcome.Code);
        using var json = JsonDocument.Parse(File.ReadAllBytes(_cli.File("sources.json")));
        var ids = json.RootElement.EnumerateArray().Select(item => item.GetProperty("id").GetString()).ToList();
        Assert.Equal(read.Dossier!.Sources.Select(s => s.Id), ids);
        Assert.NotEmpty(ids);
    }

    [Fact]
    public void Export_of_a_workbook_with_errors_writes_nothing_and_reports_the_cells()
    {
        var messy = _cli.CopyOfMessy();

        var outcome = _cli.Run("export", "--csl-json", messy, "--out", _cli.File("sources.json"));

        Assert.Equal(ExitCode.InvalidInput, outcome.Code);
        Assert.False(File.Exists(_cli.File("sources.json")));
        Assert.Contains($"{messy}: Claims!", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_refuses_to_write_over_its_own_workbook()
    {
        _cli.Run("init", _cli.File("starter.xlsx"));
        var before = File.ReadAllBytes(_cli.File("starter.xlsx"));

        var outcome = _cli.Run("export", "--csl-json", _cli.File("starter.xlsx"), "--out", _cli.File("starter.xlsx"));

        Assert.Equal(ExitCode.OutputUnwritable, outcome.Code);
        Assert.Contains("refusing to write over an input file", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_cli.File("starter.xlsx")));
    }

    [Fact]
    public void Export_without_a_format_is_a_usage_error()
    {
        _cli.Run("init", _cli.File("starter.xlsx"));

        var outcome = _cli.Run("export", _cli.File("starter.xlsx"));

        Assert.Equal(ExitCode.UsageError, outcome.Code);
        Assert.Contains("choose a format with --format: csl-json", outcome.Error, StringComparison.Ordinal);
    }
}
