using BriefBuilder.Composition.Tests.Bibliography.Oracle;

namespace BriefBuilder.Composition.Tests;

/// <summary>The test assembly run as a program (`dotnet run`), for what the tests themselves must not do: `record-oracle`
/// re-records citeproc's output with pandoc and the CSL styles (see record-oracle.sh).</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args is not ["record-oracle"])
        {
            Console.Error.WriteLine("usage: dotnet run --project tests/BriefBuilder.Composition.Tests -- record-oracle");
            return 2;
        }

        try
        {
            OracleRecorder.Run(Console.Out);
            return 0;
        }
        catch (AggregateException e)
        {
            foreach (var inner in e.Flatten().InnerExceptions)
            {
                Console.Error.WriteLine($"record-oracle: {inner.Message}");
            }

            return 1;
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"record-oracle: {e.Message}");
            return 1;
        }
    }
}
