using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Layout.Fonts;

/// <summary>Measures one document's text with real fonts. A family's chain is: the family itself, or the families
/// FontOptions maps its name to; then DejaVu Sans and DejaVu Serif; then every other family of the library in name
/// order. The same style always gets the same chain, cached. Made per layout, never shared between documents.</summary>
internal sealed class TextMeasurer(FontLibrary library, FontOptions? options) : ITextMeasurer
{
    /// <summary>The default families, present on a fresh Debian machine (fonts-dejavu-core).</summary>
    public static readonly IReadOnlyList<string> DefaultFamilies = ["DejaVu Sans", "DejaVu Serif"];

    private readonly Dictionary<(string Family, bool Bold, bool Italic), FontChain> _chains = [];

    /// <summary>The measurer for a document's fonts: the installed fonts, with the font files it names ahead of them
    /// (a <see cref="FontFileException"/> when one cannot be used).</summary>
    public static TextMeasurer For(FontOptions? options) =>
        new(options?.FontFiles is { Count: > 0 } files ? FontLibrary.Installed.With(files) : FontLibrary.Installed, options);

    public FontChain ChainFor(TextStyle style)
    {
        var key = (style.Family, style.Bold, style.Italic);
        if (!_chains.TryGetValue(key, out var chain))
        {
            chain = NewChain(style);
            _chains[key] = chain;
        }

        return chain;
    }

    // Apart from ChainFor, which runs for every paragraph: the lambdas here capture the style, and a method with such a
    // lambda allocates its closure on entry, found in the cache or not.
    private FontChain NewChain(TextStyle style)
    {
        var families = new List<string>();
        if (options?.Families is { } map && map.TryGetValue(style.Family, out var mapped))
        {
            families.AddRange(mapped);
        }
        else
        {
            families.Add(style.Family);
        }

        var installed = families.Any(f => library.Face(f, false, false) is not null);
        families.AddRange(DefaultFamilies);
        families.AddRange(library.Families);
        var faces = families
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(f => library.Face(f, style.Bold, style.Italic))
            .OfType<FontFace>()
            .ToList();
        if (faces.Count == 0)
        {
            throw new FontNotFoundException(
                $"No font is installed for '{style.Family}' and the default family {DefaultFamilies[0]} was not found in {string.Join(", ", FontLibrary.SystemFolders)}.");
        }

        return new FontChain(faces, installed ? null : style.Family);
    }
}
