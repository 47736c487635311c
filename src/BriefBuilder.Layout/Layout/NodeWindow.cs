namespace BriefBuilder.Layout.Layout;

/// <summary>The nodes of a long sequence (a column's children, a table's rows), made when the layout reaches them and
/// let go once drawn: the layout holds the nodes of the page under way, not one for every element of the document.
/// Each pass makes them again from the same elements; what is costly to redo, shaped text and its line breaks, the
/// layout keeps by content (its shaping cache).</summary>
/// <param name="make">Makes the node for an index, new and at its start, each time it is called.</param>
internal sealed class NodeWindow<T>(int count, Func<int, T> make) where T : class
{
    // The nodes made: _made[_start] is the node for index _first, the rest follow it in order; those before _start are
    // let go (null), and cleared away once they are half the list, so letting go costs the same however many are kept.
    private readonly List<T?> _made = [];
    private int _start;
    private int _first;

    public int Count => count;

    // How many nodes are kept, from index _first on.
    private int Kept => _made.Count - _start;

    /// <summary>The node for the index, made now (with any before it not yet made) and kept until let go; a node already
    /// let go is made again for the asking and not kept.</summary>
    public T this[int index]
    {
        get
        {
            if (index < _first)
            {
                return make(index);
            }

            while (_first + Kept <= index)
            {
                _made.Add(make(_first + Kept));
            }

            return _made[_start + index - _first]!;
        }
    }

    /// <summary>The node for the index as kept, or else made for the asking and not kept: a look ahead or back that
    /// does not make what lies between.</summary>
    public T Alone(int index) => index >= _first && index < _first + Kept ? _made[_start + index - _first]! : make(index);

    /// <summary>Every node in order, those kept as they are and the others made for the walk and not kept.</summary>
    public IEnumerable<T> Each()
    {
        for (var i = 0; i < count; i++)
        {
            yield return Alone(i);
        }
    }

    /// <summary>Lets the nodes before <paramref name="index"/> go: drawn, and not asked for again in this pass.</summary>
    public void LetGoBefore(int index)
    {
        var drop = Math.Clamp(index - _first, 0, Kept);
        for (var i = _start; i < _start + drop; i++)
        {
            _made[i] = null;
        }

        _start += drop;
        _first = Math.Max(_first, index);
        if (_start > 0 && _start * 2 >= _made.Count)
        {
            _made.RemoveRange(0, _start);
            _start = 0;
        }
    }

    /// <summary>Lets every node go, for the next pass.</summary>
    public void Restart()
    {
        _made.Clear();
        _start = 0;
        _first = 0;
    }
}
