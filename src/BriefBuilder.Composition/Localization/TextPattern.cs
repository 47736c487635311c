using System.Runtime.CompilerServices;

namespace BriefBuilder.Composition.Localization;

/// <summary>Fills the named <c>{placeholders}</c> of a label pattern, so translators can reorder them freely.</summary>
internal static class TextPattern
{
    /// <summary>Replaces each <c>{name}</c> with its value; a placeholder without a value is a bug in the caller or the language file.</summary>
    public static string Fill(string pattern, params ReadOnlySpan<(string Name, string Value)> values)
    {
        // Filled for every statement and every page: the values on the stack, the text gathered in a pooled buffer, names
        // compared in place.
        var result = new DefaultInterpolatedStringHandler(pattern.Length, 0);
        var position = 0;
        while (position < pattern.Length)
        {
            var open = pattern.IndexOf('{', position);
            if (open < 0)
            {
                result.AppendFormatted(pattern.AsSpan(position));
                break;
            }

            var close = pattern.IndexOf('}', open + 1);
            if (close < 0)
            {
                throw new InvalidOperationException($"Unclosed placeholder in pattern '{pattern}'.");
            }

            result.AppendFormatted(pattern.AsSpan(position, open - position));
            result.AppendFormatted(ValueOf(pattern, pattern.AsSpan(open + 1, close - open - 1), values));
            position = close + 1;
        }

        return result.ToStringAndClear();
    }

    /// <summary>The text before and after one placeholder, for a pattern wrapped round something that is not plain text (a link, italics).</summary>
    public static (string Before, string After) Around(string pattern, string name)
    {
        var placeholder = "{" + name + "}";
        var position = pattern.IndexOf(placeholder, StringComparison.Ordinal);
        if (position < 0)
        {
            throw new InvalidOperationException($"No placeholder '{placeholder}' in pattern '{pattern}'.");
        }

        return (pattern[..position], pattern[(position + placeholder.Length)..]);
    }

    private static string ValueOf(string pattern, ReadOnlySpan<char> name, ReadOnlySpan<(string Name, string Value)> values)
    {
        foreach (var (candidate, value) in values)
        {
            if (name.SequenceEqual(candidate))
            {
                return value;
            }
        }

        throw new InvalidOperationException($"No value for placeholder '{{{name}}}' in pattern '{pattern}'.");
    }

    /// <summary>The placeholder names a pattern uses, in order.</summary>
    public static IReadOnlyList<string> Placeholders(string pattern)
    {
        var names = new List<string>();
        var position = 0;
        while ((position = pattern.IndexOf('{', position)) >= 0)
        {
            var close = pattern.IndexOf('}', position + 1);
            if (close < 0)
            {
                break;
            }

            names.Add(pattern[(position + 1)..close]);
            position = close + 1;
        }

        return names;
    }

    /// <summary>The index of the first brace that is not part of a <c>{name}</c>: a '{' never closed, or closed only after
    /// another '{', or a '}' that closes nothing; null when every brace pairs.</summary>
    public static int? UnpairedBrace(string pattern)
    {
        int? open = null;
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '{')
            {
                if (open is not null)
                {
                    return open;
                }

                open = i;
            }
            else if (pattern[i] == '}')
            {
                if (open is null)
                {
                    return i;
                }

                open = null;
            }
        }

        return open;
    }
}
