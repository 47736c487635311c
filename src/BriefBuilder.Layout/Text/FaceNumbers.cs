using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Fonts;

namespace BriefBuilder.Layout.Text;

/// <summary>Numbers the faces a text uses, in order of first use; 0 stands for no face. One numbering serves text
/// after text (<see cref="Begin"/>).</summary>
internal sealed class FaceNumbers
{
    private readonly List<FontFace> _faces = [];
    private FontFace? _last;
    private byte _lastNumber;

    /// <summary>Starts numbering the faces of another text.</summary>
    public void Begin()
    {
        _faces.Clear();
        _last = null;
    }

    /// <summary>The text's faces, in number order (the face numbered 1 first).</summary>
    public FontFace[] Faces() => [.. _faces];

    public byte NumberOf(FontFace? face)
    {
        if (face is null)
        {
            return 0;
        }

        if (ReferenceEquals(face, _last))
        {
            return _lastNumber;
        }

        var index = _faces.IndexOf(face);
        if (index < 0)
        {
            if (_faces.Count == byte.MaxValue)
            {
                throw new LayoutLimitException($"A paragraph may use at most {byte.MaxValue} font faces.");
            }

            _faces.Add(face);
            index = _faces.Count - 1;
        }

        _last = face;
        _lastNumber = (byte)(index + 1);
        return _lastNumber;
    }
}
