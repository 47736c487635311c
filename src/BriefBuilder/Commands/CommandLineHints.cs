using System.CommandLine;
using System.CommandLine.Parsing;

namespace BriefBuilder.Cli.Commands;

/// <summary>What the parser let through or turned down, said with "did you mean": an unknown command, and an unknown
/// option, which the parser would otherwise take for a file name (`check --jsn` is not a workbook called "--jsn").</summary>
public static partial class CommandLineHints
{
    /// <summary>One message per word that names no command or option, with the nearest one; empty when there is none.</summary>
    public static IReadOnlyList<string> Unknown(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var optionNames = command.Options.Concat(AncestorOptions(parsed.CommandResult))
            .Where(o => !o.Hidden)
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var messages = new List<string>();
        foreach (var token in Words(parsed))
        {
            if (token.StartsWith('-') && token.Length > 1 && !File.Exists(token) && !Directory.Exists(token))
            {
                messages.Add($"unknown option '{token}' for '{command.Name}'{DidYouMean.Hint(token.Split('=')[0], optionNames)}");
            }
            else if (!command.Parents.Any() && messages.Count == 0 && parsed.UnmatchedTokens.Contains(token))
            {
                // Only the first word can be a command; what follows it belonged to that command.
                var names = command.Subcommands.Select(c => c.Name).ToList();
                messages.Add($"unknown command '{token}'{DidYouMean.Hint(token, names)} (the commands: {string.Join(", ", names)})");
            }
        }

        return messages;
    }

    /// <summary>The parser's message in the user's terms: `--jobs: 'abc' is not a whole number` rather than the .NET type
    /// it could not parse.</summary>
    public static string Plain(string message) =>
        UnparsedValue().Match(message) is { Success: true } m
            ? $"{m.Groups["option"].Value}: '{m.Groups["value"].Value}' is not {(m.Groups["type"].Value.Contains("Int32", StringComparison.Ordinal) ? "a whole number" : "a value it takes")}"
            : message;

    // The words taken as arguments or left unmatched, up to a `--`, after which every word is an argument as written.
    private static IEnumerable<string> Words(ParseResult parsed)
    {
        foreach (var token in parsed.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                yield break;
            }

            if (token.Type == TokenType.Argument && (parsed.UnmatchedTokens.Contains(token.Value) || IsArgumentValue(parsed, token)))
            {
                yield return token.Value;
            }
        }
    }

    // A word the command's own arguments took, as opposed to the value of an option (`--out -` is a value).
    private static bool IsArgumentValue(ParseResult parsed, Token token) =>
        parsed.CommandResult.Children.OfType<ArgumentResult>().Any(a => a.Tokens.Contains(token));

    private static IEnumerable<Option> AncestorOptions(CommandResult result) =>
        result.Parent is CommandResult parent ? parent.Command.Options.Where(o => o.Recursive).Concat(AncestorOptions(parent)) : [];

    [System.Text.RegularExpressions.GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.?$")]
    private static partial System.Text.RegularExpressions.Regex UnparsedValue();
}
