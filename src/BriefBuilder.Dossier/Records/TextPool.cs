namespace BriefBuilder.Records;

/// <summary>One copy of each text that is made again and again from a dossier's records (tags, source IDs, locators,
/// a speaker's role and body), for as long as one reading or one brief holds the pool. Not for concurrent use.</summary>
public sealed class TextPool
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public TextPool() => _bySpan = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pool's copy of <paramref name="text"/>: the first string given with these characters.</summary>
    public string Of(string text)
    {
        if (_texts.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        _texts.Add(text, text);
        return text;
    }

    /// <summary>The pool's copy of <paramref name="text"/>, made from it the first time it is asked for.</summary>
    public string Of(ReadOnlySpan<char> text)
    {
        if (_bySpan.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var made = text.ToString();
        _texts.Add(made, made);
        return made;
    }
}
