using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Document;

namespace BriefBuilder.Composition.Archive;

/// <summary>What an archival snapshot carries, as associated files of the PDF: the workbook's bytes exactly as they were
/// parsed and hashed and the template (AFRelationship Source), and manifest.json (Data), each dated with the brief's
/// creation date so the file stays reproducible.</summary>
public static class SnapshotArchive
{
    public const string ManifestName = "manifest.json";
    public const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string TemplateType = "application/yaml";
    public const string ManifestType = "application/json";

    /// <summary>Whether a build writes an archival snapshot: the template says so, or the build asks (--pdfa).</summary>
    public static bool IsArchival(BriefTemplate template, BriefOptions options) => template.Archival || options.PdfA;

    /// <summary>The name the template travels under in a snapshot: its file's name.</summary>
    public static string TemplateFileName(BriefTemplate template) =>
        template.File.Length > 0 ? Path.GetFileName(template.File) : template.Name + ".yaml";

    /// <summary>Why the snapshot cannot carry its inputs, or null when it can.</summary>
    public static string? Problem(BriefContext context)
    {
        var missing = context.Inputs.WorkbookBytes.IsEmpty ? "workbook" : context.Template.Bytes.IsEmpty ? "template" : null;
        if (missing is not null)
        {
            return $"an archival snapshot embeds the {missing} it was built from, and this build was given none of its bytes";
        }

        var names = new[] { context.Inputs.WorkbookFileName, TemplateFileName(context.Template), ManifestName };
        return names.Distinct(StringComparer.Ordinal).Count() < names.Length
            ? $"the workbook '{names[0]}', the template '{names[1]}' and the manifest need different file names to travel in one snapshot"
            : null;
    }

    /// <summary>The attachments of the brief a context composes, dated <paramref name="modified"/>.</summary>
    public static ArchivalOptions Options(BriefContext context, DateTimeOffset modified)
    {
        var inputs = context.Inputs;
        var manifest = ManifestWriter.Write(SnapshotManifest.Of(context));
        return new ArchivalOptions(
        [
            new Attachment(inputs.WorkbookFileName, inputs.WorkbookBytes, WorkbookType, AttachmentRelationship.Source,
                "The workbook this snapshot was built from", modified),
            new Attachment(TemplateFileName(context.Template), context.Template.Bytes, TemplateType, AttachmentRelationship.Source,
                "The template this snapshot was built with", modified),
            new Attachment(ManifestName, manifest, ManifestType, AttachmentRelationship.Data,
                "What this snapshot was built from and holds: SHA-256 of its workbook and template, options, counts, statements", modified),
        ]);
    }
}
