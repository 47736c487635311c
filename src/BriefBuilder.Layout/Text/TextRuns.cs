using System.Text;
using BriefBuilder.Layout.Fonts;

namespace BriefBuilder.Layout.Text;

/// <summary>Splits single-line shaped text into runs of one face, for labels and furniture drawn outside paragraphs.</summary>
internal static class TextRuns
{
    public static IEnumerable<(FontFace Face, string Text, double Width)> ByFace(ShapedText shaped)
    {
        var builder = new StringBuilder();
        FontFace? face = null;
        var width = 0.0;
        // Indexed afresh each time: a span cannot live across a yield.
        for (var i = 0; i < shaped.Units.Length; i++)
        {
            var unit = shaped.Units[i];
            if (unit.Kind is not (UnitKind.Glyph or UnitKind.Space))
            {
                continue;
            }

            var unitFace = shaped.PrintingFaceOf(unit);
            if (face is not null && unitFace != face)
            {
                yield return (face, builder.ToString(), width);
                builder.Clear();
                width = 0;
            }

            face = unitFace;
            builder.Append(shaped.Text, unit.Start, unit.Length);
            width += unit.Width;
        }

        if (face is not null && builder.Length > 0)
        {
            yield return (face, builder.ToString(), width);
        }
    }
}
