using System.Globalization;

namespace BriefBuilder.Bench;

/// <summary>`generate CLAIMS PATH`: writes the benchmarks' generated workbook to a file and stops, so the command line
/// itself can be timed end to end as its own process (`/usr/bin/time -v briefbuilder build PATH ...`).</summary>
public sealed class GenerateWorkbookCommand : IBenchmark
{
    public string Name => "generate";

    public string Usage => "write the generated workbook of CLAIMS claims to PATH (nothing is timed)";

    public int Run(IReadOnlyList<string> args)
    {
        if (args.Count != 2 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var claims) || claims < 1)
        {
            Console.Error.WriteLine($"usage: generate CLAIMS PATH");
            return 2;
        }

        Console.WriteLine($"wrote {BenchWorkbook.Write(args[1], claims)} to {args[1]}");
        return 0;
    }
}
