using System.Globalization;

namespace BriefBuilder.Cli;

/// <summary>The command line's messages, numbers and System.CommandLine's own words read the same on every machine,
/// whatever its locale; a brief's words and numbers follow the brief's language, never the machine's.</summary>
internal sealed class InvariantCulture : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    private InvariantCulture()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }

    /// <summary>For the whole process, every thread it starts included.</summary>
    public static void ForProcess()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }

    /// <summary>For the calling thread until disposed, when its own cultures come back (a run inside a host's process).</summary>
    public static InvariantCulture ForThisRun() => new();

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
