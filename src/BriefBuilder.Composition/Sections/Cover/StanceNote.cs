using BriefBuilder.Composition.Localization;
using BriefBuilder.Layout.Elements;

namespace BriefBuilder.Composition.Sections.Cover;

/// <summary>The one line every brief carries so that no reader takes the stance labels for the tool's: the first sentence
/// of the Brief sheet's coding note, else of its disclaimer, else a plain statement that the labels are the record's.</summary>
internal static class StanceNote
{
    /// <summary>The workbook's sentence the line quotes, or null when the line is the brief's own.</summary>
    public static string? Note(BriefContext context)
    {
        var brief = context.Dossier.Brief;
        var source = !string.IsNullOrWhiteSpace(brief.CodingNote) ? brief.CodingNote : brief.Disclaimer;
        return string.IsNullOrWhiteSpace(source) ? null : FirstSentence(source);
    }

    /// <summary>The line as spans, the workbook's sentence in the workbook's language.</summary>
    public static IReadOnlyList<Span> Spans(BriefContext context, TextStyle style) =>
        WorkbookWords.Spans(context, Line(context), style, Note(context) is { } note ? [note] : []);

    public static string Line(BriefContext context)
    {
        var brief = context.Dossier.Brief;
        var source = !string.IsNullOrWhiteSpace(brief.CodingNote) ? brief.CodingNote : brief.Disclaimer;
        return string.IsNullOrWhiteSpace(source)
            ? context.Labels.StanceNoteNone
            : TextPattern.Fill(context.Labels.StanceNote, ("note", FirstSentence(source)));
    }

    /// <summary>The text up to the first full stop that ends a sentence: one followed by a space and a capital, after a
    /// word longer than an initial ("Z. S. Andrew" does not end a sentence).</summary>
    public static string FirstSentence(string text)
    {
        text = text.Trim();
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && WordBefore(text, i) > 1)
            {
                return text[..(i + 1)];
            }
        }

        return text;
    }

    private static int WordBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return end - start;
    }
}
