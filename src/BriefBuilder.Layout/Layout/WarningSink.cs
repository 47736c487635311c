using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout.Layout;

/// <summary>Warnings in the order first raised, each once (layout passes repeat them).</summary>
internal sealed class WarningSink
{
    private readonly List<LayoutWarning> _warnings = [];
    private readonly HashSet<LayoutWarning> _seen = [];

    public IReadOnlyList<LayoutWarning> Warnings => _warnings;

    /// <summary>While set, every warning raised is also added here, even one raised before.</summary>
    public List<LayoutWarning>? Capture { get; set; }

    public void Add(LayoutWarning warning)
    {
        Capture?.Add(warning);
        if (_seen.Add(warning))
        {
            _warnings.Add(warning);
        }
    }
}
