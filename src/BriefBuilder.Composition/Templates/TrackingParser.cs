using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefBuilder.Composition.Templates;

/// <summary>A YAML parser that remembers where the last event ended, so a failure the library reports without a position can still be located.</summary>
internal sealed class TrackingParser(IParser inner) : IParser
{
    public Mark LastEnd { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (inner.Current is { } current)
        {
            LastEnd = current.End;
        }

        return inner.MoveNext();
    }
}
