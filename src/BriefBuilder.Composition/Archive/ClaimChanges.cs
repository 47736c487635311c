using BriefBuilder.Records;

namespace BriefBuilder.Composition.Archive;

/// <summary>How the statements of two versions of a dossier differ, by ID: added, changed (which fields, old and new
/// value) and withdrawn, each list in the workbook order of the version that has them.</summary>
public sealed record ClaimChanges(IReadOnlyList<Claim> Added, IReadOnlyList<ChangedClaim> Changed, IReadOnlyList<Claim> Withdrawn)
{
    public bool None => Added.Count == 0 && Changed.Count == 0 && Withdrawn.Count == 0;

    public static ClaimChanges Between(Dossier older, Dossier newer)
    {
        var before = Index(older);
        var after = Index(newer);
        var changed = newer.Claims
            .Where(c => before.ContainsKey(c.Id))
            .Select(c => new ChangedClaim(c.Id, ClaimFields.Differences(before[c.Id], c)))
            .Where(c => c.Fields.Count > 0)
            .ToList();
        return new ClaimChanges(
            [.. newer.Claims.Where(c => !before.ContainsKey(c.Id))],
            changed,
            [.. older.Claims.Where(c => !after.ContainsKey(c.Id))]);
    }

    // IDs match as the workbook matches them, without case; a duplicate ID is a validation error, so each is one claim.
    private static Dictionary<string, Claim> Index(Dossier dossier)
    {
        var index = new Dictionary<string, Claim>(StringComparer.OrdinalIgnoreCase);
        foreach (var claim in dossier.Claims)
        {
            index.TryAdd(claim.Id, claim);
        }

        return index;
    }
}

/// <summary>A statement present in both versions whose fields differ.</summary>
public sealed record ChangedClaim(string Id, IReadOnlyList<FieldChange> Fields);

/// <summary>One field's value before and after (null when empty).</summary>
public sealed record FieldChange(string Field, string? Old, string? New);
