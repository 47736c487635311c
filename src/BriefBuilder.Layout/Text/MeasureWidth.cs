using System.Runtime.CompilerServices;
using BriefBuilder.Layout.Fonts;

namespace BriefBuilder.Layout.Text;

/// <summary>How wide a measure of so many characters is for a paragraph's text.</summary>
internal static class MeasureWidth
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz";

    // The alphabet's average advance per face, found once: a large brief has hundreds of thousands of paragraphs.
    private static readonly ConditionalWeakTable<FontFace, StrongBox<double>> Averages = new();

    /// <summary>The characters times the average advance of the lowercase alphabet in the face and size of the text's
    /// largest type: typographers count a measure in average characters, 45 to 75 with 66 the ideal (Bringhurst 2.1.2),
    /// so the same count gives a wider line in a wide face than in a narrow one. Infinite when no measure is set.</summary>
    public static double Of(ShapedText text, int characters)
    {
        if (characters <= 0 || text.Styles.Count == 0)
        {
            return double.PositiveInfinity;
        }

        var largest = text.Styles.MaxBy(s => s.Size)!;
        var average = Averages.GetValue(largest.Chain.Primary, face => new StrongBox<double>(Alphabet.Sum(c => face.Advance(c)) / Alphabet.Length)).Value;
        return average <= 0 ? double.PositiveInfinity : characters * average * largest.Size;
    }
}
