using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Findings;

/// <summary>Kinds of speaker, from the Type of the institution a statement speaks for; a statement speaking for no
/// institution is an individual's, whatever their affiliation.</summary>
internal enum SpeakerKind
{
    Governments,
    Intergovernmental,
    Parliaments,
    Courts,
    Experts,
    Ngos,
    Media,
    Other,
    Individuals,
}

/// <summary>Which kind of speaker made a statement.</summary>
internal static class SpeakerKinds
{
    public static SpeakerKind Of(Claim claim, Dossier dossier) =>
        claim.InstitutionId is { } id && dossier.FindInstitution(id) is { } institution
            ? institution.Type switch
            {
                InstitutionType.Government => SpeakerKind.Governments,
                InstitutionType.Intergovernmental => SpeakerKind.Intergovernmental,
                InstitutionType.Parliament => SpeakerKind.Parliaments,
                InstitutionType.Court => SpeakerKind.Courts,
                InstitutionType.Academic or InstitutionType.ThinkTank => SpeakerKind.Experts,
                InstitutionType.Ngo => SpeakerKind.Ngos,
                InstitutionType.Media => SpeakerKind.Media,
                _ => SpeakerKind.Other,
            }
            : SpeakerKind.Individuals;
}
