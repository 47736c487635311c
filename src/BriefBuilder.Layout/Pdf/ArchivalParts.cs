using BriefBuilder.Layout.Document;

namespace BriefBuilder.Layout.Pdf;

/// <summary>What makes a file PDF/A-3 beyond tagging and embedded fonts: the sRGB output intent with its ICC profile
/// (ISO 19005-3 6.2.3) and the attachments, named in the EmbeddedFiles name tree and associated with the document through
/// the catalog's AF array (6.8).</summary>
internal sealed class ArchivalParts
{
    private readonly int _profile;
    private readonly IReadOnlyList<(string Name, int FileSpec)> _files;

    private ArchivalParts(int profile, IReadOnlyList<(string Name, int FileSpec)> files, string conformance)
    {
        _profile = profile;
        _files = files;
        Conformance = conformance;
    }

    /// <summary>The PDF/A conformance level: A for a tagged document, U (Unicode text, no structure) otherwise.</summary>
    public string Conformance { get; }

    public static ArchivalParts Write(PdfFile file, ArchivalOptions options, bool tagged)
    {
        var profile = file.Reserve();
        file.Stream(profile, SrgbProfile.Profile, d => d.Raw("/N 3/Alternate/DeviceRGB"));
        return new ArchivalParts(profile, EmbeddedFiles.Write(file, options.Attachments), tagged ? "A" : "U");
    }

    /// <summary>Writes the catalog's OutputIntents, and its AF and Names entries when there are attachments.</summary>
    public void WriteCatalogEntries(PdfBuffer catalog)
    {
        catalog.Raw("/OutputIntents[<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier").Text(SrgbProfile.Name)
            .Raw("/RegistryName(http://www.color.org)/Info").Text(SrgbProfile.Name).Raw("/DestOutputProfile ").Ref(_profile).Raw(">>]");
        if (_files.Count == 0)
        {
            return;
        }

        catalog.Raw("/AF[");
        foreach (var (_, spec) in _files)
        {
            catalog.Ref(spec).Byte((byte)' ');
        }

        catalog.Raw("]/Names<</EmbeddedFiles<</Names[");
        foreach (var (name, spec) in _files)
        {
            catalog.Text(name).Byte((byte)' ').Ref(spec).Byte((byte)' ');
        }

        catalog.Raw("]>>>>");
    }
}
