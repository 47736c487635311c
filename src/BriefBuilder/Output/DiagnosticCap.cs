using System.Globalization;
using BriefBuilder.Diagnostics;

namespace BriefBuilder.Cli.Output;

/// <summary>Keeps the first diagnostics of each code, up to the limit, and says how many more of that code there were
/// in one last line: a million bad dates or unknown template keys need not print a million lines. Counts in summaries
/// stay exact: only printing is capped. Diagnostics may arrive in batches, as builds find them.</summary>
public sealed class DiagnosticCap(int perCode)
{
    /// <summary>The name `--limit NAME=N` knows the cap by.</summary>
    public const string Name = "diagnostics";

    public const int Default = 200;

    private readonly Dictionary<DiagnosticCode, int> _seen = [];
    private readonly Dictionary<DiagnosticCode, Diagnostic> _firstLeftOut = [];

    /// <summary>The diagnostics in one list, the ones past the cap replaced by a count per code at the end.</summary>
    public static IReadOnlyList<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics, int perCode)
    {
        var cap = new DiagnosticCap(perCode);
        return [.. diagnostics.Where(cap.Admit), .. cap.LeftOut()];
    }

    /// <summary>Whether this diagnostic is printed; one past the cap is counted instead.</summary>
    public bool Admit(Diagnostic diagnostic)
    {
        var count = _seen[diagnostic.Code] = _seen.GetValueOrDefault(diagnostic.Code) + 1;
        if (count <= perCode)
        {
            return true;
        }

        _firstLeftOut.TryAdd(diagnostic.Code, diagnostic);
        return false;
    }

    /// <summary>One diagnostic per code that went past the cap, saying how many were left out and where the first was.</summary>
    public IEnumerable<Diagnostic> LeftOut() => _firstLeftOut.Select(pair =>
    {
        var (code, first) = pair;
        var more = _seen[code] - perCode;
        return first with
        {
            Location = new SourceLocation(first.Location.File),
            Message = string.Create(CultureInfo.InvariantCulture, $"{more:N0} more {code} {(first.Severity == Severity.Error ? "error" : "warning")}{(more == 1 ? string.Empty : "s")} like the ones above, not listed, the first at {first.Location} ({LimitText.HowToRaise(Name, perCode)})"),
        };
    });
}
