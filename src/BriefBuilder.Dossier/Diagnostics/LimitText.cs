using System.Globalization;

namespace BriefBuilder.Diagnostics;

/// <summary>How every message about a limit ends, whichever stage checks it: the limit's value and the option that
/// raises it, `--limit NAME=N`.</summary>
public static class LimitText
{
    public static string HowToRaise(string name, long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"the limit is {limit:N0}; raise it with --limit {name}=N");
}
