namespace BriefBuilder.Layout.Layout;

/// <summary>Warnings in the order first raised, each once (layout passes repeat them).</summary>
internal sealed class WarningSink
{
    private readonly List<string> _messages = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Messages => _messages;

    /// <summary>While set, every warning raised is also added here, even one raised before.</summary>
    public List<string>? Capture { get; set; }

    public void Add(string message)
    {
        Capture?.Add(message);
        if (_seen.Add(message))
        {
            _messages.Add(message);
        }
    }
}
