using System.Security.Cryptography;
using System.Text;
using BriefBuilder.Composition.Bibliography.Csl;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Bibliography.Oracle;

/// <summary>
/// What pandoc --citeproc is fed for one test set in one locale: the sources as CSL-JSON items (genres and decades in
/// the language's words) and a markdown document citing each source alone, then all of them. Its hashes tell whether a
/// recording was made from what the code under test feeds today.
/// </summary>
internal sealed class OracleInput
{
    private OracleInput(byte[] items, string document)
    {
        Items = items;
        Document = document;
    }

    /// <summary>The CSL-JSON file given to pandoc as its bibliography.</summary>
    public byte[] Items { get; }

    /// <summary>The markdown document given to pandoc on its standard input.</summary>
    public string Document { get; }

    public string ItemsSha256 => Sha256(Items);

    public string DocumentSha256 => Sha256(Encoding.UTF8.GetBytes(Document));

    public static OracleInput For(IReadOnlyList<Source> sources, OracleLocale locale)
    {
        using var items = new MemoryStream();
        CslJsonWriter.Write(sources.Select(s => s.ToCslItem(BriefLanguage.Get(locale.Language))), items);
        return new OracleInput(items.ToArray(), Markdown(sources, locale));
    }

    /// <summary>The lower-case hexadecimal SHA-256 of some bytes, as `sha256sum` prints it.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    // One paragraph per source citing it alone, then every source in the bibliography. Without `lang`, pandoc uses en-US.
    private static string Markdown(IReadOnlyList<Source> sources, OracleLocale locale)
    {
        var lang = locale == OracleLocale.English ? string.Empty : $"lang: {locale.CslLocale}\n";
        var document = new StringBuilder($"---\nnocite: '@*'\n{lang}---\n\n");
        foreach (var source in sources)
        {
            document.Append(source.Id).Append(": [@").Append(source.Id).Append("]\n\n");
        }

        return document.ToString();
    }
}
