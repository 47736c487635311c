using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Fonts;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout.Text;

/// <summary>Numbers the styles of a paragraph's spans, each distinct style and link once: a "cited in" list of 12,500
/// linked claim IDs has 12,500 styles, not 25,000 (the commas between them share one), and a unit's 16-bit style number
/// holds them. A link is told apart by reference, as the painter tells links apart. Past 65,536 styles the rest of the
/// paragraph's links are dropped, with a warning, rather than the paragraph. One numbering serves text after text
/// (<see cref="Begin"/>): a build shapes hundreds of thousands of paragraphs, and each would otherwise make its lists and
/// resolve its unlinked styles afresh.</summary>
internal sealed class StyleNumbers
{
    // Unlinked styles resolved, by reference, for every text this numbering serves with one measurer; past this many
    // (a composer making a style for each span) the rest are resolved for each text, as linked ones are.
    private const int MostResolvedKept = 256;

    private const int MaxStyles = ushort.MaxValue + 1;

    // Most paragraphs have one to three styles: they are found by looking through the styles, and only a paragraph with
    // more gets a dictionary (a build shapes hundreds of thousands of paragraphs).
    private const int FewStyles = 8;

    private readonly List<RunStyle> _styles = [];
    private readonly Dictionary<TextStyle, RunStyle> _resolved = new(ReferenceEqualityComparer.Instance);
    private ITextMeasurer? _measurer;
    private Action<LayoutWarning> _warn = _ => { };
    private OpeningWords? _origin;
    private Dictionary<(TextStyle Style, LinkTarget? Link), ushort>? _numbers;
    private bool _warned;

    // The last span's style and link and their number: a paragraph's spans mostly repeat the one before.
    private Span? _last;
    private ushort _lastNumber;

    /// <summary>Starts numbering the styles of another text.</summary>
    public void Begin(ITextMeasurer measurer, Action<LayoutWarning> warn, OpeningWords origin)
    {
        if (!ReferenceEquals(measurer, _measurer))
        {
            _resolved.Clear();
            _measurer = measurer;
        }

        (_warn, _origin, _numbers, _warned, _last) = (warn, origin, null, false, null);
        _styles.Clear();
    }

    /// <summary>The text's styles, in number order.</summary>
    public RunStyle[] Styles() => [.. _styles];

    public (RunStyle Style, ushort Number) NumberOf(Span span)
    {
        if (_last is not null && ReferenceEquals(span.Style, _last.Style) && ReferenceEquals(span.Link, _last.Link))
        {
            return (_styles[_lastNumber], _lastNumber);
        }

        var key = (span.Style, span.Link);
        if (!TryFind(key, out var number))
        {
            if (_styles.Count == MaxStyles)
            {
                if (!_warned)
                {
                    _warn(LayoutWarning.OfContent($"A paragraph has more than {MaxStyles:N0} links and styles; the rest of its links are printed as plain text, in the text beginning \"{_origin}\"."));
                    _warned = true;
                }

                return span.Link is null
                    ? throw new LayoutLimitException($"A paragraph has more than {MaxStyles:N0} text styles, in the text beginning \"{_origin}\".")
                    : NumberOf(span with { Link = null });
            }

            number = (ushort)_styles.Count;
            _styles.Add(Resolve(span));
            if (_numbers is not null)
            {
                _numbers[key] = number;
            }
            else if (_styles.Count > FewStyles)
            {
                _numbers = new Dictionary<(TextStyle Style, LinkTarget? Link), ushort>(KeyComparer.Instance);
                for (var i = 0; i < _styles.Count; i++)
                {
                    _numbers[(_styles[i].Style, _styles[i].Link)] = (ushort)i;
                }
            }
        }

        (_last, _lastNumber) = (span, number);
        return (_styles[number], number);
    }

    // A style's fonts (a missing family is reported the first time; the layout's warnings keep each once).
    private RunStyle Resolve(Span span)
    {
        if (span.Link is null && _resolved.TryGetValue(span.Style, out var known))
        {
            return known;
        }

        var chain = _measurer!.ChainFor(span.Style);
        if (chain.MissingFamily is { } missing)
        {
            _warn(new LayoutWarning(LayoutWarningSource.Fonts, $"Font family '{missing}' is not installed; its text is set in {chain.Primary.Family}."));
        }

        var style = RunStyle.From(span.Style, span.Link, chain);
        if (span.Link is null && _resolved.Count < MostResolvedKept)
        {
            _resolved.Add(span.Style, style);
        }

        return style;
    }

    private bool TryFind((TextStyle Style, LinkTarget? Link) key, out ushort number)
    {
        if (_numbers is not null)
        {
            return _numbers.TryGetValue(key, out number);
        }

        for (var i = 0; i < _styles.Count; i++)
        {
            if (KeyComparer.Instance.Equals((_styles[i].Style, _styles[i].Link), key))
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
