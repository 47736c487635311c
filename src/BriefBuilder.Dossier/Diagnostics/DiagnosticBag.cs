namespace BriefBuilder.Diagnostics;

/// <summary>Collects diagnostics in the order they are found; a build stops when it holds an error.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    public int WarningCount => _items.Count(d => d.Severity == Severity.Warning);

    /// <summary>Adds a diagnostic of this code, an error or a warning as the catalogue says.</summary>
    public void Report(SourceLocation location, DiagnosticCode code, string message) =>
        _items.Add(new Diagnostic(code, location, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
