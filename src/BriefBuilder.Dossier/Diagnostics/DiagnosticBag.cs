namespace BriefBuilder.Diagnostics;

/// <summary>Collects diagnostics in the order they are found; a build stops when it holds an error.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    public int WarningCount => _items.Count(d => d.Severity == Severity.Warning);

    public void Error(SourceLocation location, string code, string message) =>
        _items.Add(new Diagnostic(Severity.Error, location, code, message));

    public void Warning(SourceLocation location, string code, string message) =>
        _items.Add(new Diagnostic(Severity.Warning, location, code, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
