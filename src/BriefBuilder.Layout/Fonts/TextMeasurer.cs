using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Fonts;

/// <summary>Builds a document's font chains. A family's chain is: the family itself, or the families FontOptions maps
/// its name to; then DejaVu Sans and DejaVu Serif; then every other installed family in name order.
/// The same style always gets the same chain, cached.</summary>
internal sealed class TextMeasurer : ITextMeasurer
{
    /// <summary>The default families, present on a fresh Debian machine (fonts-dejavu-core).</summary>
    public static readonly IReadOnlyList<string> DefaultFamilies = ["DejaVu Sans", "DejaVu Serif"];

    private readonly FontLibrary _library;
    private readonly FontOptions _options;
    private readonly Action<string> _warn;
    private readonly Dictionary<(string Family, bool Bold, bool Italic), FontChain> _chains = [];

    public TextMeasurer(FontLibrary library, FontOptions? options, Action<string> warn)
    {
        _library = library;
        _options = options ?? new FontOptions();
        _warn = warn;
        if (_options.FontFiles is { Count: > 0 } files)
        {
            foreach (var rejected in library.AddFiles(files))
            {
                warn($"Font file '{rejected}' could not be read as a TrueType font and was ignored.");
            }
        }
    }

    public MissingGlyphPolicy MissingGlyphs => _options.MissingGlyphs;

    public FontChain ChainFor(TextStyle style)
    {
        var key = (style.Family, style.Bold, style.Italic);
        if (_chains.TryGetValue(key, out var chain))
        {
            return chain;
        }

        var families = new List<string>();
        if (_options.Families is { } map && map.TryGetValue(style.Family, out var mapped))
        {
            families.AddRange(mapped);
        }
        else
        {
            families.Add(style.Family);
        }

        if (!families.Any(f => _library.Face(f, false, false) is not null))
        {
            _warn($"Font family '{style.Family}' is not installed; its text is set in {DefaultFamilies[0]}.");
        }

        families.AddRange(DefaultFamilies);
        families.AddRange(_library.Families);
        var faces = families
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(f => _library.Face(f, style.Bold, style.Italic))
            .OfType<FontFace>()
            .ToList();
        if (faces.Count == 0)
        {
            throw new FontNotFoundException(
                $"No font is installed for '{style.Family}' and the default family {DefaultFamilies[0]} was not found in {string.Join(", ", FontLibrary.SystemFolders)}.");
        }

        chain = new FontChain(faces);
        _chains[key] = chain;
        return chain;
    }
}
