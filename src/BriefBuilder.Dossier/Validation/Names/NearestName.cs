namespace BriefBuilder.Validation.Names;

/// <summary>For "did you mean": of the names there are, the one nearest to a name that matched none, a few letters off
/// (a third of its length, at most three), ignoring case; ties go to the first in ordinal order.</summary>
public static class NearestName
{
    public static string? Among(string given, IEnumerable<string> candidates)
    {
        var key = given.ToLowerInvariant();
        var limit = Math.Clamp(key.TrimStart('-').Length / 3, 1, 3);
        return candidates
            .Select(candidate => (Candidate: candidate, Distance: EditDistance.Within(candidate.ToLowerInvariant(), key, limit)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }
}
