using System.Text.RegularExpressions;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Tests.Bibliography.TestSources;

/// <summary>
/// What an entry or citation prints besides the source's own words: its text less the title, container, publisher,
/// authors' names, initials, URLs and year letters, which stay as the curator wrote them in every language.
/// </summary>
internal static partial class FixedText
{
    public static string Of(string text, Source source)
    {
        var fixedText = Plain(text);
        var ownWords = new[] { source.PlainTitle, source.Container, source.Publisher, source.Url, source.ArchivedUrl }
            .Concat(source.Authors.SelectMany(Names))
            .OfType<string>()
            .Select(Plain)
            .Where(w => w.Length > 0)
            .OrderByDescending(w => w.Length);
        foreach (var words in ownWords)
        {
            fixedText = Regex.Replace(fixedText, $@"(?<!\w){Regex.Escape(words)}(?!\w)", " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        return Spaces().Replace(YearLetters().Replace(Initials().Replace(fixedText, " "), string.Empty), " ").Trim();
    }

    // A person's names word by word, since styles move a particle ("Waal, Thomas de") and shorten given names.
    private static IEnumerable<string> Names(Contributor author) => author switch
    {
        PersonName person => $"{person.Particle} {person.Family} {person.Given} {person.DroppingParticle}".Split(' ', StringSplitOptions.RemoveEmptyEntries),
        OrganizationName organization => [organization.Name],
        _ => [],
    };

    // Quotation marks come and go with the style and the language; spaces may be non-breaking.
    private static string Plain(string? text) => Spaces().Replace(QuotesAndSpaces().Replace(text ?? string.Empty, " "), " ").Trim();

    [GeneratedRegex(@"[""“”‘’«»\u00A0\u202F]")]
    private static partial Regex QuotesAndSpaces();

    [GeneratedRegex(@"(?<![\w.])\p{Lu}\.")]
    private static partial Regex Initials();

    // "2023a", "n.d.-b": the letters that tell two works of one year apart.
    [GeneratedRegex(@"(?<=\d|-)[a-z]{1,2}(?!\w)")]
    private static partial Regex YearLetters();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
