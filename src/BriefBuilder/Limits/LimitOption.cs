using System.CommandLine;
using System.Globalization;

namespace BriefBuilder.Cli.Limits;

/// <summary>`--limit NAME=N`, repeatable, declared and read in one place for every command that reads input.</summary>
public sealed class LimitOption
{
    private readonly Option<string[]> _option = new("--limit")
    {
        Description = "Set a limit on input, NAME=N (such as cell-characters=5000000); repeatable. The README lists the limits.",
        AllowMultipleArgumentsPerToken = false,
    };

    public void AddTo(Command command) => command.Options.Add(_option);

    /// <summary>The limits asked for, or an error message naming the setting that is wrong.</summary>
    public (InputLimits? Limits, string? Error) Read(ParseResult parsed)
    {
        var limits = InputLimits.Default;
        foreach (var text in parsed.GetValue(_option) ?? [])
        {
            var equals = text.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? text : text[..equals].Trim();
            var setting = LimitSetting.All.FirstOrDefault(s => s.Name == name);
            if (setting is null)
            {
                return (null, $"--limit: no limit '{name}'; the limits are {string.Join(", ", LimitSetting.All.Select(s => s.Name))}");
            }

            if (equals < 0 || !long.TryParse(text[(equals + 1)..].Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                return (null, $"--limit: '{text}' is not {name}=N with N a whole number of at least 1");
            }

            limits = setting.With(limits, value);
        }

        return (limits, null);
    }
}
