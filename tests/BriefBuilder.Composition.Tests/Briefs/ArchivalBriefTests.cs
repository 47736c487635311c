using System.Text;
using BriefBuilder.Composition.Archive;
using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections.Provenance;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Composition.Tests.Builders;
using BriefBuilder.Diagnostics;
using BriefBuilder.Layout.Document;

namespace BriefBuilder.Composition.Tests.Briefs;

/// <summary>What makes a composed brief an archival snapshot: what it carries, and the date it is stamped with.</summary>
public class ArchivalBriefTests
{
    private static readonly byte[] Workbook = Encoding.ASCII.GetBytes("PK stand-in for the workbook's bytes");
    private static readonly byte[] TemplateFile = Encoding.UTF8.GetBytes("archival: true\nsections: [provenance]\n");
    private static readonly BriefTemplate Template = TestBriefs.Template(new ProvenanceSpec()) with { Bytes = TemplateFile };

    [Fact]
    public void An_archival_brief_carries_the_workbook_and_template_as_sources_and_the_manifest_as_data_dated_like_the_file()
    {
        var document = Compose(Template with { Archival = true }, BriefOptions.None).Document!;

        var attachments = document.Archival!.Attachments;
        Assert.Equal(
            [("sample.xlsx", SnapshotArchive.WorkbookType, AttachmentRelationship.Source), ("test.yaml", SnapshotArchive.TemplateType, AttachmentRelationship.Source), ("manifest.json", SnapshotArchive.ManifestType, AttachmentRelationship.Data)],
            attachments.Select(a => (a.Name, a.MimeType, a.Relationship)));
        Assert.Equal(Workbook, attachments[0].Data.ToArray());
        Assert.Equal(TemplateFile, attachments[1].Data.ToArray());
        Assert.All(attachments, a => Assert.Equal(document.Info.CreationDate, a.Modified));
    }

    [Fact]
    public void The_pdfa_option_makes_any_template_archival_and_a_plain_build_is_not()
    {
        Assert.NotNull(Compose(Template, new BriefOptions(PdfA: true)).Document!.Archival);
        Assert.Null(Compose(Template, BriefOptions.None).Document!.Archival);
    }

    [Fact]
    public void An_archival_brief_without_the_workbook_s_bytes_is_an_error_not_a_snapshot_that_cannot_be_checked()
    {
        var options = new BriefOptions(PdfA: true);
        var result = BriefBuild.Compose(DossierBuilder.Sample().Build(), Template, options, TestBriefs.Inputs(options));

        Assert.Null(result.Document);
        Assert.Equal(BriefCodes.ArchiveInputs, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void The_file_is_dated_by_the_as_of_date_else_by_source_date_epoch_else_by_the_newest_date_in_the_data()
    {
        var epoch = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

        Assert.Equal(new DateTimeOffset(2023, 12, 31, 0, 0, 0, TimeSpan.Zero), Created(new BriefOptions(AsOf: new DateOnly(2023, 12, 31), SourceDate: epoch)));
        Assert.Equal(epoch, Created(new BriefOptions(SourceDate: epoch)));
        Assert.Equal(new DateTimeOffset(2024, 4, 15, 0, 0, 0, TimeSpan.Zero), Created(BriefOptions.None));
    }

    [Fact]
    public void Provenance_says_how_to_check_an_archival_snapshot_and_nothing_of_the_kind_otherwise()
    {
        static string Text(Layout.Document.Document document) => document.Body.Text();

        Assert.Contains("briefbuilder verify", Text(Compose(Template with { Archival = true }, BriefOptions.None).Document!), StringComparison.Ordinal);
        Assert.DoesNotContain("briefbuilder verify", Text(Compose(Template, BriefOptions.None).Document!), StringComparison.Ordinal);
    }

    private static DateTimeOffset Created(BriefOptions options) => Compose(Template, options).Document!.Info.CreationDate;

    private static BriefResult Compose(BriefTemplate template, BriefOptions options)
    {
        var inputs = TestBriefs.Inputs(options) with { WorkbookBytes = Workbook };
        var result = BriefBuild.Compose(DossierBuilder.Sample().Build(), template, options, inputs);
        Assert.Empty(result.Diagnostics);
        return result;
    }
}
