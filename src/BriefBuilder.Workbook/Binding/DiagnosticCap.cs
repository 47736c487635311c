using System.Globalization;
using BriefBuilder.Diagnostics;

namespace BriefBuilder.Workbooks.Binding;

/// <summary>Keeps the first diagnostics of each code, up to the limit, and says how many more of that code there were
/// in one last line: a million bad dates need not print a million lines.</summary>
internal static class DiagnosticCap
{
    public static IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics, ReadLimits limits)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<Diagnostic>(Math.Min(diagnostics.Count, 4096));
        var firstLeftOut = new Dictionary<string, Diagnostic>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            var count = seen[diagnostic.Code] = seen.GetValueOrDefault(diagnostic.Code) + 1;
            if (count <= limits.DiagnosticsPerCode)
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
            var more = seen[code] - limits.DiagnosticsPerCode;
            kept.Add(first with
            {
                Location = new SourceLocation(first.Location.File),
                Message = string.Create(CultureInfo.InvariantCulture, $"{more:N0} more {code} {(first.Severity == Severity.Error ? "error" : "warning")}{(more == 1 ? string.Empty : "s")} like the ones above, not listed, the first at {first.Location} ({LimitText.HowToRaise(ReadLimits.DiagnosticsName, limits.DiagnosticsPerCode)})"),
            });
        }

        return kept;
    }
}
