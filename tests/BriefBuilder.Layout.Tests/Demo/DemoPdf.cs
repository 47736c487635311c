using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout.Tests.Demo;

/// <summary>The demonstration document laid out and written once per test run, with its file on disk for the command-line tools.</summary>
internal static class DemoPdf
{
    private static readonly Lazy<(LayoutResult Layout, byte[] Bytes, string Path)> Built = new(() =>
    {
        var document = DemoDocument.Build();
        var layout = DocumentLayout.Run(document);
        var bytes = PdfFormat.Default.Render(document).File;
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"briefbuilder-layout-demo-{Environment.ProcessId}.pdf");
        File.WriteAllBytes(path, bytes);
        // The file is for this run's tools only; leaving one behind per run would fill the temporary folder.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return (layout, bytes, path);
    });

    public static LayoutResult Layout => Built.Value.Layout;

    public static byte[] Bytes => Built.Value.Bytes;

    public static string Path => Built.Value.Path;
}
