using BriefBuilder.Validation.Names;

namespace BriefBuilder.Cli.Commands;

/// <summary>"Did you mean" for what the command line names: commands, options, template names, formats.</summary>
public static class DidYouMean
{
    /// <summary>`; did you mean 'json'?` to follow a message, or nothing.</summary>
    public static string Hint(string given, IEnumerable<string> candidates) =>
        NearestName.Among(given, candidates) is { } near ? $"; did you mean '{near}'?" : string.Empty;
}
