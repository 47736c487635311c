namespace BriefBuilder.Layout.Document;

/// <summary>Makes the document an archival PDF/A-3 file (ISO 19005-3; conformance A when tagged, U otherwise) with an
/// sRGB output intent, carrying <see cref="Attachments"/> as files associated with the whole document.</summary>
public sealed record ArchivalOptions
{
    public ArchivalOptions(IReadOnlyList<Attachment> attachments)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        var twice = attachments.GroupBy(a => a.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ArgumentException($"Two attachments are named \"{twice.Key}\"; a PDF's embedded files need names of their own.", nameof(attachments));
        }

        Attachments = attachments;
    }

    public IReadOnlyList<Attachment> Attachments { get; }
}

/// <summary>A file the PDF carries: its name, bytes, MIME type, how it relates to the document, a description and when
/// it was last changed. The date is the caller's: the engine reads neither the clock nor the file system.</summary>
public sealed record Attachment(
    string Name,
    ReadOnlyMemory<byte> Data,
    string MimeType,
    AttachmentRelationship Relationship,
    string Description,
    DateTimeOffset Modified);

/// <summary>How an associated file relates to the document (ISO 32000-2 14.13.2, AFRelationship).</summary>
public enum AttachmentRelationship
{
    /// <summary>The original the document was made from.</summary>
    Source,

    /// <summary>Data the document's content was drawn from or presents.</summary>
    Data,

    /// <summary>Another representation of the same content.</summary>
    Alternative,

    /// <summary>A supplement to the content.</summary>
    Supplement,

    Unspecified,
}
