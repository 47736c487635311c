using System.Globalization;
using BriefBuilder.Diagnostics;

namespace BriefBuilder.Cli.Output;

/// <summary>Keeps the first diagnostics of each code, up to the limit, and says how many more of that code there were
/// in one last line: a million bad dates or unknown template keys need not print a million lines. Counts in summaries
/// stay exact: only printing is capped.</summary>
public static class DiagnosticCap
{
    /// <summary>The name `--limit NAME=N` knows the cap by.</summary>
    public const string Name = "diagnostics";

    public const int Default = 200;

    public static IReadOnlyList<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics, int perCode)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<Diagnostic>();
        var firstLeftOut = new Dictionary<string, Diagnostic>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            var count = seen[diagnostic.Code] = seen.GetValueOrDefault(diagnostic.Code) + 1;
            if (count <= perCode)
            {
                kept.Add(diagnostic);
            }
            else
            {
                firstLeftOut.TryAdd(diagnostic.Code, diagnostic);
            }
        }

        foreach (var (code, first) in firstLeftOut)
        {
            var more = seen[code] - perCode;
            kept.Add(first with
            {
                Location = new SourceLocation(first.Location.File),
                Message = string.Create(CultureInfo.InvariantCulture, $"{more:N0} more {code} {(first.Severity == Severity.Error ? "error" : "warning")}{(more == 1 ? string.Empty : "s")} like the ones above, not listed, the first at {first.Location} ({LimitText.HowToRaise(Name, perCode)})"),
            });
        }

        return kept;
    }
}
