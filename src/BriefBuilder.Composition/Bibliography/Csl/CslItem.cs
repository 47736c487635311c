namespace BriefBuilder.Composition.Bibliography.Csl;

/// <summary>
/// A source as a CSL-JSON item: the variables both the CSL-JSON export and the style formatters read,
/// so the two can never disagree about which field is the container or the genre.
/// </summary>
public sealed record CslItem(
    string Id,
    CslType Type,
    IReadOnlyList<CslName> Authors,
    string? Title,
    string? ContainerTitle,
    string? CollectionTitle,
    string? Publisher,
    string? Genre,
    CslDate? Issued,
    CslDate? Accessed,
    string? Url,
    string? ArchivedUrl,
    string? Language)
{
    /// <summary>True when <see cref="Title"/> is the curator's description of an untitled work, not its own title:
    /// Chicago prints it plain, as it treats descriptive titles, APA in square brackets (APA 9.22); the CSL-JSON export writes
    /// it in brackets, as reference managers keep such titles.</summary>
    public bool TitleIsDescription { get; init; }

    /// <summary>The CSL `note`: CSL has no variable for an archived copy, so it travels as a note the styles do not print.</summary>
    public string? Note => ArchivedUrl is null ? null : $"Archived at {ArchivedUrl}";
}
