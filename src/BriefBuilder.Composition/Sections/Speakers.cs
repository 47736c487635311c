using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections;

/// <summary>Who made a claim, as the brief names them: "Name, role, Institution"; several speakers as a list; no speaker,
/// the institution the statement speaks for. A speaker who spoke for no institution is named with their role and, to
/// identify them, their affiliation in parentheses; it is never presented as a body the statement speaks for.</summary>
public static class Speakers
{
    /// <summary>The speakers' names (or the institution's) in <paramref name="name"/>, then role and institution in <paramref name="rest"/>.</summary>
    public static IReadOnlyList<Span> Spans(BriefContext context, Claim claim, TextStyle name, TextStyle rest, bool shortInstitution = false, SpeakerRole roles = SpeakerRole.Always)
    {
        var dossier = context.Dossier;
        var people = claim.SpeakerIds.Select(dossier.FindPerson).OfType<Person>().ToList();
        var spokeFor = claim.InstitutionId is null ? null : dossier.FindInstitution(claim.InstitutionId);
        if (people.Count == 0)
        {
            return [new Span(spokeFor is null ? claim.InstitutionId ?? string.Empty : InstitutionName(context, spokeFor, shortInstitution), name)];
        }

        // One speaker speaking for themselves is identified by their affiliation, when the record gives one.
        var identifying = spokeFor ?? (people.Count == 1 && people[0].AffiliationId is { } affiliation ? dossier.FindInstitution(affiliation) : null);
        var names = context.Language.List(people.Select(p => p.Name));
        var withRole = roles == SpeakerRole.Always || (roles == SpeakerRole.WithoutInstitution && spokeFor is null);
        var role = people.Count == 1 && withRole ? people[0].Role?.Trim() : null;

        // Named only where printed, so that an abbreviation's first use is one the reader sees. An affiliation goes in
        // parentheses, "Saeed Bagheri (University of Reading)", as bylines give one, so that it never reads as the body
        // the statement speaks for, "Charles Michel, European Council"; by its full name, so no parentheses nest.
        var institutionName = identifying is null || (!string.IsNullOrEmpty(role) && Mentions(role, identifying))
            ? string.Empty
            : InstitutionName(context, identifying, shortInstitution && spokeFor is not null);
        var affiliated = spokeFor is null && institutionName.Length > 0;
        var (saidRole, saidFor) = (role ?? string.Empty, affiliated ? string.Empty : institutionName);
        List<Span> spans = [new Span(names, name)];
        if (saidRole.Length > 0 || saidFor.Length > 0)
        {
            spans.Add(new Span(context.Texts.Of(saidRole.Length > 0 && saidFor.Length > 0 ? $", {saidRole}, {saidFor}" : ", " + saidRole + saidFor), rest));
        }

        if (affiliated)
        {
            spans.Add(new Span($" ({institutionName})", rest));
        }

        return spans;
    }

    /// <summary>The speakers' names alone, or the institution's when there is no named speaker (its short name when
    /// <paramref name="preferShort"/>).</summary>
    public static string Names(BriefContext context, Claim claim, bool preferShort = false) =>
        NamesOr(context, claim, institution => InstitutionName(context, institution, preferShort));

    /// <summary>The speakers' names, or the institution's short name, never spelled out: how a key names who made a
    /// statement, leaving an abbreviation's first use to the entry itself.</summary>
    public static string ShortNames(BriefContext context, Claim claim) =>
        NamesOr(context, claim, institution => string.IsNullOrWhiteSpace(institution.ShortName) ? institution.Name : institution.ShortName.Trim());

    private static string NamesOr(BriefContext context, Claim claim, Func<Institution, string> institutionName)
    {
        var people = claim.SpeakerIds.Select(context.Dossier.FindPerson).OfType<Person>().ToList();
        return people.Count > 0
            ? context.Language.List(people.Select(p => p.Name))
            : claim.InstitutionId is { } id && context.Dossier.FindInstitution(id) is { } institution ? institutionName(institution) : claim.InstitutionId ?? string.Empty;
    }

    // "Spokesperson of the Ministry of Foreign Affairs" already names the ministry; saying it twice only lengthens the line.
    private static bool Mentions(string role, Institution? institution) =>
        institution is not null
        && (role.Contains(institution.Name, StringComparison.OrdinalIgnoreCase)
            || (!string.IsNullOrWhiteSpace(institution.ShortName) && role.Contains(institution.ShortName, StringComparison.Ordinal)));

    /// <summary>The institution's name, or its short name when <paramref name="preferShort"/>; an abbreviation is spelled
    /// out the first time the brief prints it, "Council on Foreign Relations (CFR)", as style guides ask.</summary>
    public static string InstitutionName(BriefContext context, Institution institution, bool preferShort)
    {
        if (!preferShort || string.IsNullOrWhiteSpace(institution.ShortName) || institution.ShortName == institution.Name)
        {
            return institution.Name;
        }

        var shortName = institution.ShortName.Trim();
        return IsAbbreviation(shortName) && context.FirstUse(shortName) ? $"{institution.Name} ({shortName})" : shortName;
    }

    // "CFR", "UNHCR": capitals without spaces, not a shortened name such as "State Department".
    private static bool IsAbbreviation(string name) =>
        name.Length <= 8 && name.Any(char.IsUpper) && name.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '-' or '&' or '.');
}

/// <summary>When a speaker's role is printed after their name.</summary>
public enum SpeakerRole
{
    /// <summary>Always, as a full brief does.</summary>
    Always,

    /// <summary>Only for someone who spoke for no institution, whom the role identifies; otherwise the institution does.</summary>
    WithoutInstitution,

    /// <summary>Never: the name and institution alone, as a handout's short entries do.</summary>
    Never,
}
