namespace BriefBuilder.Validation.Names;

/// <summary>Finds, for each name key in turn, the first earlier key within a few edits, without comparing every pair:
/// a dossier of 100,000 people would take billions of comparisons. Keys within k edits share a piece: split a key into
/// 2k + 1 pieces and one of them is untouched by the edits (an edit touches one piece, a swap of neighbours across a
/// boundary two), found in the other key at most k places away. Each earlier key is indexed by its pieces; a new key
/// looks up its substrings at those places and checks only the keys found there. Keys too short to split (fewer
/// letters than pieces) are compared one by one. The search is exact; a dossier whose names are so alike that it would
/// still take billions of steps stops at a budget, and says so (<see cref="Exhausted"/>).</summary>
public sealed class NearNames(long budget = 50_000_000)
{
    private const int MaxEdits = 2;
    private const int ShortLength = (2 * MaxEdits) + 1;

    private readonly List<string> _keys = [];
    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _short = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Length, int Pieces, int Piece), Dictionary<string, List<int>>> _pieces = [];
    private long _work;

    /// <summary>True once the budget ran out: later keys are added without being compared.</summary>
    public bool Exhausted => _work > budget;

    /// <summary>Adds a key and returns the index of the first earlier key within <paramref name="edits"/> edits of it
    /// (0 to 2), or -1 when there is none (or the budget ran out).</summary>
    public int Add(string key, int edits)
    {
        edits = Math.Clamp(edits, 0, MaxEdits);
        var match = _exact.TryGetValue(key, out var same) ? same : -1;
        if (edits > 0 && !Exhausted)
        {
            foreach (var candidate in Candidates(key, edits))
            {
                _work++;
                if ((match < 0 || candidate < match) && EditDistance.Within(_keys[candidate], key, edits) <= edits)
                {
                    match = candidate;
                }
            }
        }

        Index(key);
        return match;
    }

    private void Index(string key)
    {
        var index = _keys.Count;
        _keys.Add(key);
        _exact.TryAdd(key, index);
        if (key.Length < ShortLength)
        {
            _short.TryAdd(key, index);
            return;
        }

        for (var k = 1; k <= MaxEdits; k++)
        {
            var bounds = Pieces(key.Length, k);
            for (var p = 0; p < bounds.Length - 1; p++)
            {
                var place = (key.Length, bounds.Length - 1, p);
                if (!_pieces.TryGetValue(place, out var texts))
                {
                    _pieces[place] = texts = new(StringComparer.Ordinal);
                }

                var text = key[bounds[p]..bounds[p + 1]];
                if (!texts.TryGetValue(text, out var keys))
                {
                    texts[text] = keys = [];
                }

                keys.Add(index);
            }
        }
    }

    // Earlier keys of a length within `edits` of this one's that share a piece with it near where the piece lies, and
    // the short keys of such a length.
    private HashSet<int> Candidates(string key, int edits)
    {
        var found = new HashSet<int>();
        for (var length = Math.Max(1, key.Length - edits); length <= key.Length + edits && !Exhausted; length++)
        {
            if (length < ShortLength)
            {
                foreach (var (shortKey, index) in _short)
                {
                    _work++;
                    if (shortKey.Length == length)
                    {
                        found.Add(index);
                    }
                }

                continue;
            }

            var bounds = Pieces(length, edits);
            for (var p = 0; p < bounds.Length - 1; p++)
            {
                if (!_pieces.TryGetValue((length, bounds.Length - 1, p), out var texts))
                {
                    continue;
                }

                var lookup = texts.GetAlternateLookup<ReadOnlySpan<char>>();
                var size = bounds[p + 1] - bounds[p];
                for (var shift = -edits; shift <= edits; shift++)
                {
                    var start = bounds[p] + shift;
                    if (start >= 0 && start + size <= key.Length && lookup.TryGetValue(key.AsSpan(start, size), out var keys))
                    {
                        _work += keys.Count;
                        found.UnionWith(keys);
                    }
                }
            }
        }

        return found;
    }

    // Where the 2k + 1 pieces of a key of this length start, and its length last: as even as can be.
    private static int[] Pieces(int length, int edits)
    {
        var count = (2 * edits) + 1;
        var bounds = new int[count + 1];
        for (var i = 0; i <= count; i++)
        {
            bounds[i] = length * i / count;
        }

        return bounds;
    }
}
