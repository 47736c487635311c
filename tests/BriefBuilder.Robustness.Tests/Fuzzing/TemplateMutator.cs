using System.Text;
using System.Text.RegularExpressions;

namespace BriefBuilder.Robustness.Tests.Fuzzing;

/// <summary>Makes a mutant of a template's YAML: lines dropped, doubled, swapped or re-indented, values replaced with
/// awkward ones, keys renamed, structure nested deeply, anchors and aliases added, bytes changed.</summary>
internal sealed partial class TemplateMutator(Random random)
{
    public string Mutate(string yaml)
    {
        var lines = yaml.Split('\n').ToList();
        for (var n = 1 + random.Next(3); n > 0; n--)
        {
            if (lines.Count == 0)
            {
                lines.Add(string.Empty);
            }

            var i = random.Next(lines.Count);
            switch (random.Next(9))
            {
                case 0: lines.RemoveAt(i); break;
                case 1: lines.Insert(i, lines[i]); break;
                case 2: (lines[i], lines[random.Next(lines.Count)]) = (lines[random.Next(lines.Count)], lines[i]); break;
                case 3: lines[i] = new string(' ', random.Next(8)) + lines[i].TrimStart(); break;
                case 4: lines[i] = ReplaceValue(lines[i]); break;
                case 5: lines[i] = Key().Replace(lines[i], m => m.Groups["indent"].Value + Interesting.Pick(random, Interesting.YamlValues) + ":", 1); break;
                case 6: lines.Insert(i, new string(' ', random.Next(4)) + "x: " + new string('[', 40) + new string(']', 40)); break;
                case 7: lines[i] = Anchored(lines[i]); break;
                default: lines[i] = FlipCharacter(lines[i]); break;
            }
        }

        return string.Join('\n', lines);
    }

    private string ReplaceValue(string line)
    {
        var match = Value().Match(line);
        return match.Success ? match.Groups["head"].Value + Interesting.Pick(random, Interesting.YamlValues) : line;
    }

    // An anchor on one value and an alias to it further on: YAML's way of repeating a node.
    private string Anchored(string line)
    {
        var match = Value().Match(line);
        return match.Success ? $"{match.Groups["head"].Value}&a {match.Groups["value"].Value}\n{match.Groups["head"].Value.Replace(":", "2:", StringComparison.Ordinal)}*a" : line;
    }

    private string FlipCharacter(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        const string awkward = "[]{}:,&*!|>'\"#%@` -?\t\u202e";
        var builder = new StringBuilder(line);
        builder[random.Next(line.Length)] = awkward[random.Next(awkward.Length)];
        return builder.ToString();
    }

    [GeneratedRegex("^(?<head>\\s*-?\\s*[\\w-]+:\\s+)(?<value>.+)$")]
    private static partial Regex Value();

    [GeneratedRegex("^(?<indent>\\s*-?\\s*)[\\w-]+:")]
    private static partial Regex Key();
}
