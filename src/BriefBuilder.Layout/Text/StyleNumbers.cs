using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout.Text;

/// <summary>Numbers the styles of a paragraph's spans, each distinct style and link once: a "cited in" list of 12,500
/// linked claim IDs has 12,500 styles, not 25,000 (the commas between them share one), and a unit's 16-bit style number
/// holds them. A link is told apart by reference, as the painter tells links apart. Past 65,536 styles the rest of the
/// paragraph's links are dropped, with a warning, rather than the paragraph.</summary>
internal sealed class StyleNumbers(ITextMeasurer measurer, Action<LayoutWarning> warn, OpeningWords origin)
{
    private const int MaxStyles = ushort.MaxValue + 1;

    // Most paragraphs have one to three styles: they are found by looking through the styles, and only a paragraph with
    // more gets a dictionary (a build shapes hundreds of thousands of paragraphs).
    private const int FewStyles = 8;

    private Dictionary<(TextStyle Style, LinkTarget? Link), ushort>? _numbers;
    private bool _warned;

    // The last span's style and link and their number: a paragraph's spans mostly repeat the one before.
    private Span? _last;
    private ushort _lastNumber;

    public List<RunStyle> Styles { get; } = [];

    public (RunStyle Style, ushort Number) NumberOf(Span span)
    {
        if (_last is not null && ReferenceEquals(span.Style, _last.Style) && ReferenceEquals(span.Link, _last.Link))
        {
            return (Styles[_lastNumber], _lastNumber);
        }

        var key = (span.Style, span.Link);
        if (!TryFind(key, out var number))
        {
            if (Styles.Count == MaxStyles)
            {
                if (!_warned)
                {
                    warn(LayoutWarning.OfContent($"A paragraph has more than {MaxStyles:N0} links and styles; the rest of its links are printed as plain text, in the text beginning \"{origin}\"."));
                    _warned = true;
                }

                return span.Link is null
                    ? throw new LayoutLimitException($"A paragraph has more than {MaxStyles:N0} text styles, in the text beginning \"{origin}\".")
                    : NumberOf(span with { Link = null });
            }

            var chain = measurer.ChainFor(span.Style);
            if (chain.MissingFamily is { } missing)
            {
                warn(new LayoutWarning(LayoutWarningSource.Fonts, $"Font family '{missing}' is not installed; its text is set in {chain.Primary.Family}."));
            }

            number = (ushort)Styles.Count;
            Styles.Add(RunStyle.From(span.Style, span.Link, chain));
            if (_numbers is not null)
            {
                _numbers[key] = number;
            }
            else if (Styles.Count > FewStyles)
            {
                _numbers = new Dictionary<(TextStyle Style, LinkTarget? Link), ushort>(KeyComparer.Instance);
                for (var i = 0; i < Styles.Count; i++)
                {
                    _numbers[(Styles[i].Style, Styles[i].Link)] = (ushort)i;
                }
            }
        }

        (_last, _lastNumber) = (span, number);
        return (Styles[number], number);
    }

    private bool TryFind((TextStyle Style, LinkTarget? Link) key, out ushort number)
    {
        if (_numbers is not null)
        {
            return _numbers.TryGetValue(key, out number);
        }

        for (var i = 0; i < Styles.Count; i++)
        {
            if (KeyComparer.Instance.Equals((Styles[i].Style, Styles[i].Link), key))
            {
                number = (ushort)i;
                return true;
            }
        }

        number = 0;
        return false;
    }

    private sealed class KeyComparer : IEqualityComparer<(TextStyle Style, LinkTarget? Link)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((TextStyle Style, LinkTarget? Link) x, (TextStyle Style, LinkTarget? Link) y) =>
            ReferenceEquals(x.Link, y.Link) && x.Style.Equals(y.Style);

        // A link alone tells most keys apart (each link of a "cited in" list is its own), and is hashed by reference where
        // a style would be hashed property by property.
        public int GetHashCode((TextStyle Style, LinkTarget? Link) key) =>
            key.Link is null ? key.Style.GetHashCode() : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Link);
    }
}
