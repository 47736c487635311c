using System.Text;
using System.Xml;

namespace BriefBuilder.Workbooks.Markup;

/// <summary>Text gathered from XML text nodes, kept up to a number of characters: past it the rest is read in chunks
/// and dropped, so neither a huge text node nor a string of a hundred thousand runs costs more than the limit, and
/// joining the pieces costs their length (never the square of it).</summary>
internal sealed class BoundedText(int limit)
{
    private readonly StringBuilder _builder = new();
    private char[]? _chunk;

    /// <summary>True when the text went past the limit and was cut there.</summary>
    public bool Cut { get; private set; }

    public int Length => _builder.Length;

    /// <summary>Takes the text node the reader stands on, in chunks, and moves past it.</summary>
    public void AppendNode(XmlReader reader)
    {
        if (!reader.CanReadValueChunk)
        {
            Append(reader.Value);
            reader.Read();
            return;
        }

        _chunk ??= new char[4096];
        int read;
        while ((read = reader.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
        {
            Append(_chunk.AsSpan(0, read));
        }

        reader.Read();
    }

    public void Append(ReadOnlySpan<char> text)
    {
        var room = limit - _builder.Length;
        if (text.Length > room)
        {
            Cut = true;
            text = text[..Math.Max(0, room)];
        }

        _builder.Append(text);
    }

    /// <summary>The text kept, and whether it was cut; the buffer is emptied for the next text.</summary>
    public (string Text, bool Cut) Take()
    {
        var result = (_builder.ToString(), Cut);
        _builder.Clear();
        Cut = false;
        return result;
    }
}
