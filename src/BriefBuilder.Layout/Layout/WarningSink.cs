using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout.Layout;

/// <summary>Warnings in the order first raised, each once (layout passes repeat them).</summary>
internal sealed class WarningSink
{
    private readonly List<LayoutWarning> _warnings = [];
    private readonly HashSet<LayoutWarning> _seen = [];

    public IReadOnlyList<LayoutWarning> Warnings => _warnings;

    public void Add(LayoutWarning warning)
    {
        if (_seen.Add(warning))
        {
            _warnings.Add(warning);
        }
    }
}
