using System.Text;
using BriefBuilder.Cli.Tests.Archival;

namespace BriefBuilder.Cli.Tests.Commands;

/// <summary>`verify` on the sample snapshot, untouched and tampered with: it passes only the untouched file, and names the
/// reason each other one fails.</summary>
public sealed class VerifyCommandTests(SampleSnapshot sample) : IClassFixture<SampleSnapshot>, IDisposable
{
    private const string Workbook = "artsakh-exodus-2023.xlsx";
    private const string Template = "archival-snapshot.yaml";
    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void An_untouched_snapshot_passes_every_check_including_a_byte_for_byte_rebuild()
    {
        var outcome = _cli.Run("verify", sample.Path);

        Assert.Equal(ExitCode.Ok, outcome.Code);
        Assert.Equal(6, outcome.Lines.Count(l => l.StartsWith("  ok", StringComparison.Ordinal)));
        Assert.Contains($"identical, all {sample.Bytes.Length} bytes", outcome.Output, StringComparison.Ordinal);
        Assert.EndsWith("verified: all 6 checks passed", outcome.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void One_changed_byte_fails_as_a_file_changed_after_writing_and_a_rebuild_that_differs_at_that_byte()
    {
        var (changed, offset) = Tamper.ChangeOneByte(sample.Bytes, "BriefBuilder</xmp:CreatorTool>");

        var outcome = Verify(changed);

        Assert.Equal(ExitCode.InvalidInput, outcome.Code);
        Assert.Contains("FAILED  the file was changed after it was written", outcome.Output, StringComparison.Ordinal);
        Assert.Contains($"from byte {offset} on", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("the fonts installed here differ from those it was made with, or another build of BriefBuilder 0.1.0 made it", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("NOT verified: 2 of 6 checks failed", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_swapped_attachment_fails_naming_the_files_whose_sha256_is_not_the_manifest_s()
    {
        var files = Extracted(sample.Bytes);
        var swapped = Tamper.Replace(sample.Bytes, new Dictionary<string, byte[]> { [Workbook] = files[Template], [Template] = files[Workbook] });

        var outcome = Verify(swapped);

        Assert.Equal(ExitCode.InvalidInput, outcome.Code);
        Assert.Contains($"FAILED  the embedded workbook {Workbook} has SHA-256", outcome.Output, StringComparison.Ordinal);
        Assert.Contains($"FAILED  the embedded template {Template} has SHA-256", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_and_manifest_from_another_dossier_fail_on_the_hashes_the_provenance_page_prints()
    {
        // Another dossier under the same file name, with its own snapshot: its workbook and manifest agree with each other.
        Directory.CreateDirectory(_cli.File("other"));
        var other = _cli.File($"other/{Workbook}");
        Assert.Equal(ExitCode.Ok, _cli.Run("init", other).Code);
        Assert.Equal(ExitCode.Ok, _cli.Run("build", other, "-t", "archival-snapshot", "--out", _cli.File("other/out")).Code);
        var foreign = Extracted(File.ReadAllBytes(_cli.File("other/out/archival-snapshot.pdf")));
        var forged = Tamper.Replace(sample.Bytes, new Dictionary<string, byte[]> { [Workbook] = foreign[Workbook], ["manifest.json"] = foreign["manifest.json"] });

        var outcome = Verify(forged);

        Assert.Equal(ExitCode.InvalidInput, outcome.Code);
        Assert.Contains($"ok      the embedded workbook {Workbook} has the SHA-256 the manifest records", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("FAILED  the provenance page does not print the SHA-256 the manifest records", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("FAILED  rebuilt from the embedded workbook and template: the rebuild", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_made_by_another_version_is_checked_as_far_as_possible_and_says_which_version_can_rebuild_it()
    {
        var manifest = Encoding.UTF8.GetString(Extracted(sample.Bytes)["manifest.json"]).Replace("\"version\": \"0.1.0\"", "\"version\": \"0.0.9\"", StringComparison.Ordinal);
        var older = Tamper.Replace(sample.Bytes, new Dictionary<string, byte[]> { ["manifest.json"] = Encoding.UTF8.GetBytes(manifest) });

        var outcome = Verify(older);

        Assert.Equal(ExitCode.InvalidInput, outcome.Code);
        Assert.Contains($"ok      the embedded workbook {Workbook} has the SHA-256 the manifest records", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("ok      the provenance page prints", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("FAILED  not rebuilt: the snapshot was made by BriefBuilder 0.0.9 and this is 0.1.0; rebuilding it byte for byte needs BriefBuilder 0.0.9", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_writes_the_embedded_files_out_as_they_went_in()
    {
        var outcome = _cli.Run("verify", sample.Path, "--extract", _cli.File("extracted"));

        Assert.Equal(ExitCode.Ok, outcome.Code);
        Assert.Equal(File.ReadAllBytes(sample.Workbook), File.ReadAllBytes(_cli.File($"extracted/{Workbook}")));
        Assert.Equal([Template, Workbook, "manifest.json"], Directory.GetFiles(_cli.File("extracted")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_brief_that_is_no_archival_snapshot_fails_saying_so_and_a_missing_file_is_a_usage_error()
    {
        Assert.Equal(ExitCode.Ok, _cli.Run("build", sample.Workbook, "-t", "handout", "--out", _cli.File("plain")).Code);

        var plain = _cli.Run("verify", _cli.File("plain/handout.pdf"));
        var missing = _cli.Run("verify", _cli.File("nowhere.pdf"));

        Assert.Equal(ExitCode.InvalidInput, plain.Code);
        Assert.Contains("no manifest.json is embedded; this is not an archival snapshot", plain.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCode.UsageError, missing.Code);
        Assert.Contains("no such file", missing.Error, StringComparison.Ordinal);
    }

    private CommandLine.Outcome Verify(byte[] pdf)
    {
        var path = _cli.File($"tampered-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        return _cli.Run("verify", path);
    }

    private Dictionary<string, byte[]> Extracted(byte[] pdf)
    {
        var folder = _cli.File($"x-{Guid.NewGuid():N}");
        var path = folder + ".pdf";
        File.WriteAllBytes(path, pdf);
        _cli.Run("verify", path, "--extract", folder);
        return Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllBytes);
    }
}
