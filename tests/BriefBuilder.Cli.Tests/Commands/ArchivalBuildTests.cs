using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BriefBuilder.Bench;
using BriefBuilder.Cli.Tests.Archival;
using BriefBuilder.Layout.Tests.Conformance.PdfA;
using BriefBuilder.Layout.Tests.Demo;

namespace BriefBuilder.Cli.Tests.Commands;

/// <summary>Archival snapshots as `build` writes them: PDF/A-3 carrying the workbook, template and manifest, the same
/// bytes from any process.</summary>
public sealed class ArchivalBuildTests(SampleSnapshot sample) : IClassFixture<SampleSnapshot>, IDisposable
{
    private readonly CommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void The_embedded_workbook_is_byte_for_byte_the_workbook_built_from_and_the_manifest_records_its_and_the_template_s_sha256()
    {
        var files = PdfAttachments.Read(sample.Bytes).ToDictionary(a => a.Name);
        var template = Path.Combine(AppContext.BaseDirectory, "templates", "archival-snapshot.yaml");

        Assert.Equal(File.ReadAllBytes(sample.Workbook), files["artsakh-exodus-2023.xlsx"].Data);
        Assert.Equal(File.ReadAllBytes(template), files["archival-snapshot.yaml"].Data);
        using var manifest = JsonDocument.Parse(files["manifest.json"].Data);
        Assert.Equal(Sha256(File.ReadAllBytes(sample.Workbook)), manifest.RootElement.GetProperty("workbook").GetProperty("sha256").GetString());
        Assert.Equal(Sha256(File.ReadAllBytes(template)), manifest.RootElement.GetProperty("template").GetProperty("sha256").GetString());
        Assert.Equal(31, manifest.RootElement.GetProperty("statements").GetArrayLength());
    }

    [Fact]
    public void The_attachments_are_associated_files_with_their_mime_type_relationship_and_the_data_s_date()
    {
        var files = PdfAttachments.Read(sample.Bytes);

        Assert.Equal(
            [
                ("archival-snapshot.yaml", "Source", "application/yaml"),
                ("artsakh-exodus-2023.xlsx", "Source", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                ("manifest.json", "Data", "application/json"),
            ],
            files.Select(f => (f.Name, f.Relationship, f.MimeType)));
        // The newest date in the sample's data, never the clock.
        Assert.All(files, f => Assert.Equal(new DateTimeOffset(2024, 4, 15, 0, 0, 0, TimeSpan.Zero), f.Modified));
        Assert.All(files, f => Assert.Equal(f.Data.Length, f.Size));
        Assert.All(files, f => Assert.Equal(MD5.HashData(f.Data), f.CheckSum));
    }

    [Fact]
    public void The_sample_snapshot_breaks_no_object_level_pdfa_rule()
    {
        Assert.Empty(PdfAChecks.Check(sample.Bytes, 'A'));
    }

    [Fact]
    public void A_generated_two_thousand_claim_snapshot_breaks_no_object_level_pdfa_rule()
    {
        var workbook = _cli.File("generated-2000.xlsx");
        BenchWorkbook.Write(workbook, 2000);

        var outcome = _cli.Run("build", workbook, "-t", "archival-snapshot", "--out", _cli.File("out"));

        Assert.Equal(ExitCode.Ok, outcome.Code);
        var pdf = File.ReadAllBytes(_cli.File("out/archival-snapshot.pdf"));
        Assert.Empty(PdfAChecks.Check(pdf, 'A'));
        Assert.Equal(File.ReadAllBytes(workbook), PdfAttachments.Read(pdf).Single(a => a.Name == "generated-2000.xlsx").Data);
    }

    [Fact]
    public void Qpdf_finds_nothing_wrong_pdfdetach_lists_the_files_and_pdfinfo_reads_pdfa_3a()
    {
        var (checkedCode, check) = Tools.Run("qpdf", "--check", sample.Path);
        var (_, files) = Tools.Run("pdfdetach", "-list", sample.Path);
        var (_, meta) = Tools.Run("pdfinfo", "-meta", sample.Path);

        Assert.Equal(0, checkedCode);
        Assert.Contains("No syntax or stream encoding errors found", check, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", check, StringComparison.Ordinal);
        Assert.Contains("3 embedded files", files, StringComparison.Ordinal);
        Assert.Contains("artsakh-exodus-2023.xlsx", files, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:part>3</pdfaid:part>", meta, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:conformance>A</pdfaid:conformance>", meta, StringComparison.Ordinal);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", meta, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdfa_option_makes_the_handout_an_archival_file_carrying_its_workbook()
    {
        var outcome = _cli.Run("build", sample.Workbook, "-t", "handout", "--pdfa", "--out", _cli.File("out"));

        Assert.Equal(ExitCode.Ok, outcome.Code);
        var pdf = File.ReadAllBytes(_cli.File("out/handout.pdf"));
        Assert.Empty(PdfAChecks.Check(pdf, 'A'));
        Assert.Equal(["artsakh-exodus-2023.xlsx", "handout.yaml", "manifest.json"], PdfAttachments.Read(pdf).Select(a => a.Name));
    }

    [Fact]
    public void Two_processes_in_different_time_zones_and_languages_write_the_same_bytes_and_source_date_epoch_dates_the_file()
    {
        var first = Process("first", ("TZ", "Pacific/Kiritimati"), ("LANG", "fr_FR.UTF-8"), ("SOURCE_DATE_EPOCH", null));
        var second = Process("second", ("TZ", "America/Los_Angeles"), ("LANG", "hy_AM.UTF-8"), ("SOURCE_DATE_EPOCH", null));
        var epoch = Process("epoch", ("TZ", "UTC"), ("LANG", "C"), ("SOURCE_DATE_EPOCH", "1700000000"));

        Assert.Equal(first, second);
        Assert.Equal(sample.Bytes, first);
        // 1,700,000,000 seconds after 1970 is 14 November 2023, 22:13:20 UTC.
        Assert.Contains("<xmp:CreateDate>2023-11-14T22:13:20+00:00</xmp:CreateDate>", Encoding.UTF8.GetString(epoch), StringComparison.Ordinal);
        Assert.Contains("<xmp:CreateDate>2024-04-15T00:00:00+00:00</xmp:CreateDate>", Encoding.UTF8.GetString(first), StringComparison.Ordinal);
    }

    // A build by the command line in a process of its own, with these environment variables (null removes one).
    private byte[] Process(string name, params (string Name, string? Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "briefbuilder.dll"), "build", sample.Workbook, "-t", "archival-snapshot", "--out", _cli.File(name) })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output.Result + error.Result);
        return File.ReadAllBytes(_cli.File($"{name}/archival-snapshot.pdf"));
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
