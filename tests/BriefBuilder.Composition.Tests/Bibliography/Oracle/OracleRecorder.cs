using BriefBuilder.Composition.Bibliography;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>
/// Formats every test set with pandoc --citeproc, for both styles and both locales, and writes the recordings the
/// oracle tests compare with, each stating the pandoc and the SHA-256 of the style and the inputs it was made from.
/// Needs pandoc and the CSL styles (BRIEFBUILDER_CSL, or ../shared/csl beside the repository).
/// </summary>
internal static class OracleRecorder
{
    public static void Run(TextWriter log)
    {
        var pandoc = Pandoc.Version();
        var styles = Enum.GetValues<CitationStyle>().ToDictionary(s => s, s => OracleInput.Sha256(File.ReadAllBytes(CslStyleFiles.PathOf(s))));
        log.WriteLine($"Recording with {pandoc} and the styles in {RepositoryPaths.CslFolder}.");
        Directory.CreateDirectory(OracleRecordings.Folder);

        // Both styles and locales in parallel: each recording runs pandoc twice, and the machine may have cores to spare.
        Parallel.ForEach(OracleRecordings.All, combination =>
        {
            var (set, style, locale) = combination;
            var sources = OracleRuns.Sources(set);
            var input = OracleInput.For(sources, locale);
            var (entries, citations) = PandocCiteproc.Format(input, sources.Count, CslStyleFiles.PathOf(style));
            var madeFrom = new OracleProvenance(pandoc, PandocCiteproc.Command(CslStyleFiles.Name(style)), styles[style], input.ItemsSha256, input.DocumentSha256);
            new OracleRecording(set, CslStyleFiles.Name(style), locale.CslLocale, madeFrom, citations, entries)
                .Write(OracleRecordings.PathOf(set, style, locale));
            log.WriteLine($"{OracleRecordings.FileName(set, style, locale)}: {entries.Count} entries, {citations.Count} citations.");
        });
    }
}
