using System.Globalization;

namespace BriefBuilder.Bench;

/// <summary>`generate CLAIMS PATH [SOURCES]`: writes the benchmarks' generated workbook to a file and stops, so the command
/// line itself can be timed end to end as its own process (`/usr/bin/time -v briefbuilder build PATH ...`). SOURCES
/// (default a fifth of the claims) makes few sources cited by many claims each, as in the robustness tests.</summary>
public sealed class GenerateWorkbookCommand : IBenchmark
{
    public string Name => "generate";

    public string Usage => "write the generated workbook of CLAIMS claims (citing SOURCES sources) to PATH (nothing is timed)";

    public int Run(IReadOnlyList<string> args)
    {
        var sources = 0;
        if (args.Count is not (2 or 3) || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var claims) || claims < 1
            || (args.Count == 3 && (!int.TryParse(args[2], CultureInfo.InvariantCulture, out sources) || sources < 1)))
        {
            Console.Error.WriteLine($"usage: generate CLAIMS PATH [SOURCES]");
            return 2;
        }

        Console.WriteLine($"wrote {BenchWorkbook.Write(args[1], claims, args.Count == 3 ? sources : null)} to {args[1]}");
        return 0;
    }
}
