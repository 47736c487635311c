using System.Security.Cryptography;
using System.Text;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Tests.Conformance.PdfA;
using BriefBuilder.Layout.Tests.Demo;

namespace BriefBuilder.Layout.Tests.Pdf;

/// <summary>The engine's archival mode: PDF/A-3 with files attached, checked by the object-level PDF/A rules, by
/// PDFsharp reading the attachments back, and by poppler and qpdf.</summary>
public class ArchivalPdfTests
{
    private static readonly DateTimeOffset Modified = new(2024, 4, 15, 0, 0, 0, TimeSpan.Zero);

    private static readonly Attachment Data = new("data.csv", Encoding.UTF8.GetBytes("id,text\n1,Ünïcödé\n"), "text/csv",
        AttachmentRelationship.Source, "The data the document shows", Modified);

    private static readonly Attachment Notes = new("notes – été.json", Encoding.UTF8.GetBytes("{\"a\": 1}\n"), "application/json",
        AttachmentRelationship.Data, "Notes with a name outside ASCII", Modified.AddDays(-3));

    private static readonly Lazy<byte[]> Demo = new(() =>
        PdfFormat.Default.Render(DemoDocument.Build() with { Archival = new ArchivalOptions([Data, Notes]) }).File);

    [Fact]
    public void The_demonstration_as_an_archival_file_breaks_no_object_level_pdfa_rule()
    {
        Assert.Empty(PdfAChecks.Check(Demo.Value, 'A'));
    }

    [Fact]
    public void The_same_demonstration_written_without_archival_mode_fails_the_identification_and_output_intent_rules()
    {
        var problems = PdfAChecks.Check(DemoPdf.Bytes, 'A');

        Assert.Contains(problems, p => p.StartsWith("6.6.4:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("6.2.3:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_archival_file_with_images_breaks_no_object_level_pdfa_rule()
    {
        var document = Documents.Of(
            new Image(TestImages.Png(12, 8, alpha: true), "A gradient fading out", Width: 60),
            new Image(TestImages.Jpeg(2, 2), "A grey square", Width: 30)) with { Archival = new ArchivalOptions([]) };

        Assert.Empty(PdfAChecks.Check(PdfFormat.Default.Render(document).File, 'A'));
    }

    [Fact]
    public void An_untagged_archival_file_claims_conformance_U_not_A()
    {
        var bytes = PdfFormat.Default.Render(Documents.Of(DemoDocument.Para("Untagged.")) with { Tagged = false, Archival = new ArchivalOptions([Data]) }).File;

        Assert.Empty(PdfAChecks.Check(bytes, 'U'));
        Assert.Contains("<pdfaid:conformance>U</pdfaid:conformance>", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Attachments_come_back_byte_for_byte_with_their_type_relationship_date_size_and_checksum()
    {
        var attachments = PdfAttachments.Read(Demo.Value).ToDictionary(a => a.Name);

        Assert.Equal(2, attachments.Count);
        foreach (var sent in new[] { Data, Notes })
        {
            var back = attachments[sent.Name];
            Assert.Equal(sent.Data.ToArray(), back.Data);
            Assert.Equal(sent.MimeType, back.MimeType);
            Assert.Equal(sent.Relationship.ToString(), back.Relationship);
            Assert.Equal(sent.Modified, back.Modified);
            Assert.Equal(sent.Data.Length, back.Size);
            Assert.Equal(MD5.HashData(sent.Data.Span), back.CheckSum);
        }
    }

    [Fact]
    public void Pdfdetach_lists_the_attachments_and_pdfinfo_reads_the_pdfa_identification()
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefbuilder-archival-{Environment.ProcessId}.pdf");
        File.WriteAllBytes(path, Demo.Value);
        try
        {
            var (listed, files) = Tools.Run("pdfdetach", "-list", path);
            var (read, meta) = Tools.Run("pdfinfo", "-meta", path);
            var (checkedCode, check) = Tools.Run("qpdf", "--check", path);

            Assert.Equal(0, listed);
            Assert.Contains("2 embedded files", files, StringComparison.Ordinal);
            Assert.Contains("data.csv", files, StringComparison.Ordinal);
            Assert.Equal(0, read);
            Assert.Contains("<pdfaid:part>3</pdfaid:part>", meta, StringComparison.Ordinal);
            Assert.Contains("<pdfaid:conformance>A</pdfaid:conformance>", meta, StringComparison.Ordinal);
            Assert.Equal(0, checkedCode);
            Assert.DoesNotContain("WARNING", check, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_same_archival_document_gives_the_same_bytes()
    {
        var again = PdfFormat.Default.Render(DemoDocument.Build() with { Archival = new ArchivalOptions([Data, Notes]) }).File;

        Assert.Equal(Demo.Value, again);
    }

    [Fact]
    public void Two_attachments_of_one_name_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ArchivalOptions([Data, Data with { Description = "Again" }]));

        Assert.Contains("data.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cmyk_jpeg_is_refused_in_an_archival_file_and_accepted_in_another()
    {
        var document = Documents.Of(new Image(TestImages.CmykJpegHeader(), "A CMYK picture", Width: 40));

        Assert.NotEmpty(PdfFormat.Default.Render(document).File);
        var error = Assert.ThrowsAny<ArgumentException>(() => PdfFormat.Default.Render(document with { Archival = new ArchivalOptions([]) }));
        Assert.Contains("CMYK", error.Message, StringComparison.Ordinal);
    }
}
