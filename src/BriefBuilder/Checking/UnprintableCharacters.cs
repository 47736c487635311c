using System.Globalization;
using System.Text;
using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Sections;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Diagnostics;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;
using BriefBuilder.Records;
using BriefBuilder.Validation;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Cli.Checking;

/// <summary>What `check` finds that a build would stop on: a character in a cell that no font of the templates to be
/// built (their own font files, then every installed font) can print, reported at its cell with the templates it would
/// stop, under the code the build itself would give.</summary>
public static class UnprintableCharacters
{
    /// <summary>The characters past Latin-1 (which every default font has) that cannot be printed; the templates are
    /// asked for only when there is such a character to look up.</summary>
    public static IReadOnlyList<Diagnostic> Find(WorkbookReadResult read, Lazy<IReadOnlyList<BriefTemplate>> templates)
    {
        if (read.Dossier is not { } dossier)
        {
            return [];
        }

        // The fonts are asked once per distinct character, and cells are located only for the characters they lack:
        // a large dossier has millions of texts and, as a rule, nothing to report.
        var texts = DossierTexts.Of(dossier, read.Locations);
        var beyondLatin1 = new HashSet<int>();
        foreach (var text in texts)
        {
            if (text.Text.AsSpan().ContainsAnyExceptInRange('\0', '\u00FF'))
            {
                beyondLatin1.UnionWith(BeyondLatin1(text.Text));
            }
        }

        return beyondLatin1.Count == 0 || templates.Value.Count == 0 ? [] : Find(texts, beyondLatin1, templates.Value);
    }

    private static List<Diagnostic> Find(IEnumerable<DossierText> texts, HashSet<int> characters, IReadOnlyList<BriefTemplate> templates)
    {
        var diagnostics = new List<Diagnostic>();
        var fonts = new List<(BriefTemplate Template, TextWidths Widths)>();
        foreach (var template in templates)
        {
            try
            {
                fonts.Add((template, TextWidths.For(BriefContext.FontsOf(template))));
            }
            catch (Exception e) when (e is FontFileException or FontNotFoundException)
            {
                diagnostics.Add(new Diagnostic(BriefCodes.Unprintable, new SourceLocation(template.File), e.Message));
            }
        }

        var stopping = new Dictionary<int, List<string>>();
        foreach (var codePoint in characters)
        {
            var stopped = fonts.Where(f => !Printable(f, codePoint)).Select(f => f.Template.Name).ToList();
            if (stopped.Count > 0)
            {
                stopping[codePoint] = stopped;
            }
        }

        if (stopping.Count == 0)
        {
            return diagnostics;
        }

        foreach (var text in texts)
        {
            foreach (var codePoint in BeyondLatin1(text.Text).Distinct())
            {
                if (stopping.TryGetValue(codePoint, out var stopped))
                {
                    diagnostics.Add(new Diagnostic(BriefCodes.Unprintable, text.Where, Message(new Rune(codePoint), stopped)));
                }
            }
        }

        return diagnostics;
    }

    private static IEnumerable<int> BeyondLatin1(string text) =>
        text.EnumerateRunes().Where(r => r.Value > 0xFF).Select(r => r.Value);

    private static string Message(Rune rune, IReadOnlyList<string> templates) =>
        string.Create(CultureInfo.InvariantCulture, $"'{rune}' (U+{rune.Value:X4}) cannot be printed: no font of the template{(templates.Count == 1 ? string.Empty : "s")} {string.Join(", ", templates)} has it, nor any installed font; ")
        + "write the character another way, install a font that has it, or name one in the template's font files";

    private static bool Printable((BriefTemplate Template, TextWidths Widths) font, int codePoint) =>
        Rune.GetUnicodeCategory(new Rune(codePoint)) is UnicodeCategory.Format or UnicodeCategory.Control
        || font.Widths.CanPrint(codePoint, new TextStyle(font.Template.Fonts.Body));
}
