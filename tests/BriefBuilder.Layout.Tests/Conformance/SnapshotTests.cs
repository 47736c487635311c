using System.Runtime.CompilerServices;
using BriefBuilder.Layout.Tests.Demo;

namespace BriefBuilder.Layout.Tests.Conformance;

/// <summary>The demonstration's laid-out pages compared with an approved text snapshot. On a difference the received
/// snapshot is written beside the approved one; a reviewer who accepts the change copies it over by hand.</summary>
public class SnapshotTests
{
    [Fact]
    public void Demo_layout_matches_the_approved_snapshot()
    {
        var received = DemoPdf.Layout.Describe(b => b.Kind != "Line");
        var folder = Path.Combine(SourceFolder(), "..", "Approved");
        var approved = Path.Combine(folder, "demo.layout.approved.txt");
        var receivedPath = Path.Combine(folder, "demo.layout.received.txt");
        if (!File.Exists(approved) || File.ReadAllText(approved) != received)
        {
            File.WriteAllText(receivedPath, received);
            Assert.Fail($"The demo layout differs from {approved}; compare it with {receivedPath} and copy it over if the change is intended.");
        }

        File.Delete(receivedPath);
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
