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

        var texts = DossierTexts.Of(dossier, read.Locations).Where(t => t.Text.EnumerateRunes().Any(r => r.Value > 0xFF)).ToList();
        return texts.Count == 0 || templates.Value.Count == 0 ? [] : Find(texts, templates.Value);
    }

    private static IReadOnlyList<Diagnostic> Find(IReadOnlyList<(string Text, SourceLocation Where)> texts, IReadOnlyList<BriefTemplate> templates)
    {
        var diagnostics = new List<Diagnostic>();
        var fonts = new List<(BriefTemplate Template, TextWidths Widths, Dictionary<int, bool> Known)>();
        foreach (var template in templates)
        {
            try
            {
                fonts.Add((template, TextWidths.For(BriefContext.FontsOf(template)), []));
            }
            catch (Exception e) when (e is FontFileException or FontNotFoundException)
            {
                diagnostics.Add(new Diagnostic(BriefCodes.Unprintable, new SourceLocation(template.File), e.Message));
            }
        }

        foreach (var (text, where) in texts)
        {
            foreach (var rune in text.EnumerateRunes().Where(r => r.Value > 0xFF).Distinct())
            {
                var stopped = fonts.Where(f => !Printable(f, rune.Value)).Select(f => f.Template.Name).ToList();
                if (stopped.Count > 0)
                {
                    diagnostics.Add(new Diagnostic(BriefCodes.Unprintable, where, Message(rune, stopped)));
                }
            }
        }

        return diagnostics;
    }

    private static string Message(Rune rune, IReadOnlyList<string> templates) =>
        string.Create(CultureInfo.InvariantCulture, $"'{rune}' (U+{rune.Value:X4}) cannot be printed: no font of the template{(templates.Count == 1 ? string.Empty : "s")} {string.Join(", ", templates)} has it, nor any installed font; ")
        + "write the character another way, install a font that has it, or name one in the template's font files";

    private static bool Printable((BriefTemplate Template, TextWidths Widths, Dictionary<int, bool> Known) font, int codePoint)
    {
        if (!font.Known.TryGetValue(codePoint, out var printable))
        {
            var style = new TextStyle(font.Template.Fonts.Body);
            printable = Rune.GetUnicodeCategory(new Rune(codePoint)) is UnicodeCategory.Format or UnicodeCategory.Control
                || font.Widths.CanPrint(codePoint, style);
            font.Known[codePoint] = printable;
        }

        return printable;
    }
}
