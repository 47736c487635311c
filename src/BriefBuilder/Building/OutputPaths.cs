using BriefBuilder.Files;

namespace BriefBuilder.Cli.Building;

/// <summary>Where a workbook's briefs go: a folder named after the workbook inside the output folder, and never
/// outside it, whatever the workbook is called.</summary>
public static class OutputPaths
{
    /// <summary>`OUT/NAME` for the workbook `NAME.xlsx`, or an error when the name cannot be a folder inside OUT
    /// (a workbook called `...xlsx` would name `OUT/..`).</summary>
    public static (string? Folder, string? Error) ForWorkbook(string outFolder, string workbook)
    {
        var name = Path.GetFileNameWithoutExtension(workbook);
        if (name.Length == 0 || name.Trim('.').Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            return (null, $"{workbook}: the workbook's name '{name}' cannot name a folder inside {outFolder}; rename the workbook or give --out");
        }

        return (Path.Combine(outFolder, name), null);
    }

    /// <summary>An error when <paramref name="folder"/>, given as --out, is a file rather than a folder.</summary>
    public static string? CheckFolder(string folder) =>
        FileIdentity.Of(folder) is { Kind: not FileKind.Directory }
            ? $"--out {folder}: is a file, but --out names a folder to write into (or, ending in .pdf, the one brief built); give a folder, or a name ending in .pdf"
            : null;

    /// <summary>Whether --out names the file of a single brief rather than a folder.</summary>
    public static bool NamesFile(string path) => path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
}
