using System.Text.Json;
using BriefBuilder.Cli.Tests.Archival;

namespace BriefBuilder.Cli.Tests.Commands;

/// <summary>`diff` between the sample snapshot and a later version of its workbook: a claim added (C32), one reworded
/// (C05, row 6) and one removed (C07, row 8), and nothing else.</summary>
public sealed class DiffCommandTests : IClassFixture<SampleSnapshot>, IDisposable
{
    private const string Rewording = "The statement as the curator reworded it.";
    private const string Added = "A statement the curator added after the first snapshot.";
    private readonly CommandLine _cli = new();
    private readonly SampleSnapshot _sample;
    private readonly string _later;

    public DiffCommandTests(SampleSnapshot sample)
    {
        _sample = sample;
        _later = _cli.File("later.xlsx");
        SampleVersions.Write(_later, rewordRow: 6, Rewording, removeRow: 8, newId: "C32", Added);
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Diff_lists_exactly_the_claim_added_the_one_reworded_with_old_and_new_text_and_the_one_withdrawn()
    {
        var outcome = _cli.Run("diff", _sample.Path, _later);

        Assert.Equal(ExitCode.Ok, outcome.Code);
        var entries = outcome.Lines.Where(l => l.StartsWith("added", StringComparison.Ordinal) || l.StartsWith("changed", StringComparison.Ordinal) || l.StartsWith("withdrawn", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, entries.Count);
        Assert.StartsWith("added      C32", entries[0], StringComparison.Ordinal);
        Assert.Equal("changed    C05  Summary", entries[1]);
        Assert.StartsWith("withdrawn  C07", entries[2], StringComparison.Ordinal);
        Assert.Contains($"now: {Rewording}", outcome.Output, StringComparison.Ordinal);
        Assert.Equal("1 added, 1 changed, 1 withdrawn.", outcome.Lines[^1]);
    }

    [Fact]
    public void Diff_as_json_gives_the_same_changes_and_a_later_snapshot_compares_like_its_workbook()
    {
        Assert.Equal(ExitCode.Ok, _cli.Run("build", _later, "-t", "archival-snapshot", "--out", _cli.File("later")).Code);

        var fromWorkbook = _cli.Run("diff", _sample.Path, _later, "--json");
        var fromSnapshot = _cli.Run("diff", _sample.Path, _cli.File("later/archival-snapshot.pdf"), "--json");

        foreach (var outcome in new[] { fromWorkbook, fromSnapshot })
        {
            Assert.Equal(ExitCode.Ok, outcome.Code);
            using var json = JsonDocument.Parse(outcome.Output);
            var root = json.RootElement;
            Assert.Equal(["C32"], root.GetProperty("added").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
            Assert.Equal(["C07"], root.GetProperty("withdrawn").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
            var changed = Assert.Single(root.GetProperty("changed").EnumerateArray());
            Assert.Equal("C05", changed.GetProperty("id").GetString());
            var field = Assert.Single(changed.GetProperty("fields").EnumerateArray());
            Assert.Equal(("Summary", Rewording), (field.GetProperty("field").GetString(), field.GetProperty("new").GetString()));
        }
    }

    [Fact]
    public void A_snapshot_compared_with_its_own_workbook_has_no_changes()
    {
        var outcome = _cli.Run("diff", _sample.Path, _sample.Workbook);

        Assert.Equal("0 added, 0 changed, 0 withdrawn.", outcome.Lines[^1]);
    }
}
