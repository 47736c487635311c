using System.CommandLine;

namespace BriefBuilder.Cli.Commands;

/// <summary>The `--out` (`-o`) option of the commands that write files: a file or folder, never an empty path, which
/// would otherwise mean the working folder without the user having said so.</summary>
internal static class OutOption
{
    public static Option<string?> Create(string description, string? byDefault = null)
    {
        var option = new Option<string?>("--out", "-o") { Description = description };
        if (byDefault is not null)
        {
            option.DefaultValueFactory = _ => byDefault;
        }

        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(token => string.IsNullOrWhiteSpace(token.Value)))
            {
                result.AddError("--out: the path is empty; give a file or a folder, or leave out --out for the default");
            }
        });
        return option;
    }
}
