using System.Text;

namespace BriefBuilder.Layout.Text;

/// <summary>Gathers the text of a run of units for a <see cref="Drawing.TextOp"/>, copying nothing while its characters
/// follow one another in the paragraph's text (most runs): it is then a slice of that text. A run that leaves a unit
/// out (a soft hyphen not broken at, an ignorable) or adds a character (the hyphen of a break, the space kept at a
/// line's end) is spliced into a string of its own.</summary>
internal struct RunText(string paragraph)
{
    private int _start;
    private int _end;
    private StringBuilder? _spliced;

    /// <summary>Adds the paragraph's characters from <paramref name="start"/> (a unit's).</summary>
    public void Add(int start, int length)
    {
        if (_spliced is null && _start == _end)
        {
            (_start, _end) = (start, start + length);
        }
        else if (_spliced is null && start == _end)
        {
            _end += length;
        }
        else
        {
            Splice().Append(paragraph, start, length);
        }
    }

    /// <summary>Adds a character that the paragraph may not have next.</summary>
    public void Add(char c)
    {
        if (_spliced is null && _start < _end && _end < paragraph.Length && paragraph[_end] == c)
        {
            _end++;
        }
        else
        {
            Splice().Append(c);
        }
    }

    /// <summary>The text gathered; what is added next starts the next run's.</summary>
    public ReadOnlyMemory<char> Take()
    {
        var taken = _spliced is null ? paragraph.AsMemory(_start, _end - _start) : _spliced.ToString().AsMemory();
        (_start, _end, _spliced) = (0, 0, null);
        return taken;
    }

    private StringBuilder Splice() => _spliced ??= new StringBuilder().Append(paragraph, _start, _end - _start);
}
