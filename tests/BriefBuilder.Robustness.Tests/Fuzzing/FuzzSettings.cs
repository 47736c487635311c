using System.Globalization;

namespace BriefBuilder.Robustness.Tests.Fuzzing;

/// <summary>How many cases a fuzz batch runs and from which seed: a fixed batch in every test run, and as many as
/// BRIEFBUILDER_FUZZ_CASES asks for (with BRIEFBUILDER_FUZZ_SEED) when run on demand.</summary>
internal static class FuzzSettings
{
    public static int Seed { get; } = Read("BRIEFBUILDER_FUZZ_SEED") ?? 20_240_415;

    /// <summary>The batch's cases: <paramref name="normal"/> unless the environment asks for more.</summary>
    public static int Cases(int normal) => Read("BRIEFBUILDER_FUZZ_CASES") ?? normal;

    /// <summary>Where inputs that failed are kept, to become corpus entries.</summary>
    public static string FailureFolder { get; } = Path.Combine(Path.GetTempPath(), "briefbuilder-fuzz-failures");

    private static int? Read(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
