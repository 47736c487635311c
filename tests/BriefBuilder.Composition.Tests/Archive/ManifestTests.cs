using System.Text;
using System.Text.Json;
using BriefBuilder.Composition.Archive;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Layout.Document;

namespace BriefBuilder.Composition.Tests.Archive;

public class ManifestTests
{
    private static readonly BriefOptions Asked = new(
        AsOf: new DateOnly(2023, 12, 31),
        Language: "fr",
        Paper: PaperSize.Letter,
        PdfA: true,
        SourceDate: DateTimeOffset.FromUnixTimeSeconds(1_700_000_000),
        Since: new PriorSnapshot("2023-10-31.pdf", new string('c', 64), new DateOnly(2023, 10, 31), ["C01", "C02"]));

    [Fact]
    public void The_manifest_records_hashes_options_counts_per_sheet_and_the_statements_included()
    {
        var context = TestBriefs.Context(DossierBuilder.Sample().Build(), options: Asked);

        var manifest = SnapshotManifest.Of(context);

        Assert.Equal((new string('a', 64), new string('b', 64)), (manifest.WorkbookSha256, manifest.TemplateSha256));
        Assert.Equal(("sample.xlsx", "test", "test.yaml"), (manifest.WorkbookFile, manifest.TemplateName, manifest.TemplateFile));
        Assert.Equal(["C01", "C02", "C03", "C04", "C05"], manifest.Statements);
        Assert.Equal(new DateOnly(2023, 12, 31), manifest.AsOf);
        Assert.Contains(new SheetRows("Claims", 6), manifest.Sheets);
        Assert.Contains(new SheetRows("Sources", 4), manifest.Sheets);
        Assert.Equal(context.Inputs.Fingerprint, manifest.Build);
    }

    [Fact]
    public void A_manifest_written_and_read_back_asks_for_the_same_build()
    {
        var written = SnapshotManifest.Of(TestBriefs.Context(DossierBuilder.Sample().Build(), options: Asked));

        var (read, problem) = ManifestReader.Read(ManifestWriter.Write(written));

        Assert.Null(problem);
        Assert.Equal(Asked with { Since = null }, read!.Options with { Since = null });
        Assert.Equal((Asked.Since!.FileName, Asked.Since.Sha256, Asked.Since.AsOf), (read.Options.Since!.FileName, read.Options.Since.Sha256, read.Options.Since.AsOf));
        Assert.Equal(Asked.Since.StatementIds, read.Options.Since.StatementIds);
        Assert.Equal(written.Statements, read.Statements);
        Assert.Equal(written.Sheets, read.Sheets);
        Assert.Equal((written.WorkbookFile, written.WorkbookSha256, written.TemplateName, written.TemplateFile, written.TemplateSha256),
            (read.WorkbookFile, read.WorkbookSha256, read.TemplateName, read.TemplateFile, read.TemplateSha256));
        Assert.Equal((written.ToolVersion, written.AsOf, written.Language, written.Paper, written.Build), (read.ToolVersion, read.AsOf, read.Language, read.Paper, read.Build));
    }

    [Fact]
    public void The_manifest_is_json_with_names_in_their_own_letters()
    {
        var dossier = DossierBuilder.Sample().Claim("Ç07", Edtf.On(2023, 12, 1), "recognises", "I02", ["P02"], ["S04"]).Build();

        var bytes = ManifestWriter.Write(SnapshotManifest.Of(TestBriefs.Context(dossier)));

        using var json = JsonDocument.Parse(bytes);
        Assert.Equal(ManifestWriter.Format, json.RootElement.GetProperty("format").GetString());
        Assert.Contains("\"Ç07\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("{\"format\": \"something else\"}", "format")]
    [InlineData("{\"format\": \"briefbuilder-snapshot-manifest/1\", \"tool\": {\"version\": \"1\"}}", "'options'")]
    public void A_broken_manifest_is_a_message_naming_what_is_wrong(string text, string named)
    {
        var (manifest, problem) = ManifestReader.Read(Encoding.UTF8.GetBytes(text));

        Assert.Null(manifest);
        Assert.Contains(named, problem, StringComparison.Ordinal);
    }
}
