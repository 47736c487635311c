using BriefBuilder.Validation.Names;

namespace BriefBuilder.Cli.Commands;

/// <summary>"Did you mean" for what the command line names: commands, options, template names. The nearest candidate a
/// few letters off (a third of the word, at most three letters), or none.</summary>
public static class DidYouMean
{
    public static string? Nearest(string given, IEnumerable<string> candidates)
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

    /// <summary>`; did you mean 'json'?` to follow a message, or nothing.</summary>
    public static string Hint(string given, IEnumerable<string> candidates) =>
        Nearest(given, candidates) is { } near ? $"; did you mean '{near}'?" : string.Empty;
}
