using System.Globalization;
using BriefBuilder.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefBuilder.Composition.Templates;

/// <summary>A YAML parser that stops a template at its limits as the events stream by, before any tree is built:
/// nesting deeper than the limit (the library builds its tree recursively, and a template nested 100,000 deep overflowed
/// the stack) and more alias uses than the limit (each repeats a whole node: a few lines of aliases can stand for
/// billions of nodes). It also remembers where the last event ended, so a failure the library reports without a
/// position can still be located.</summary>
internal sealed class LimitingParser(IParser inner, TemplateLimits limits) : IParser
{
    private int _depth;
    private int _aliases;

    public Mark LastEnd { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (inner.Current is { } current)
        {
            LastEnd = current.End;
        }

        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case MappingStart or SequenceStart when ++_depth > limits.Depth:
                throw new TemplateLimitException(inner.Current.Start, Format(
                    $"the template nests mappings and lists more than {limits.Depth:N0} deep ({LimitText.HowToRaise(TemplateLimits.DepthName, limits.Depth)})"));
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
            case AnchorAlias when ++_aliases > limits.Aliases:
                throw new TemplateLimitException(inner.Current.Start, Format(
                    $"the template uses aliases (*name) more than {limits.Aliases:N0} times ({LimitText.HowToRaise(TemplateLimits.AliasesName, limits.Aliases)})"));
        }

        return true;
    }

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Stops parsing a template that passes a limit, at the place it did.</summary>
internal sealed class TemplateLimitException(Mark mark, string message) : Exception(message)
{
    public Mark Mark { get; } = mark;
}
