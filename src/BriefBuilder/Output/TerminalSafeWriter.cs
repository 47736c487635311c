using System.Globalization;
using System.Text;

namespace BriefBuilder.Cli.Output;

/// <summary>Writes text with every character that could drive a terminal shown as an escape instead: C0 and C1 control
/// characters but the tab and the line feed (an ESC from a cell could set the window title or clear the screen), and the
/// direction overrides and isolates (which reorder what is shown). Messages quote workbooks, templates and paths, which
/// anyone may have written.</summary>
public sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    /// <summary>The writer escapes go to; coloured output writes its own escape sequences there.</summary>
    public TextWriter Inner { get; } = inner;

    public override Encoding Encoding => Inner.Encoding;

    /// <summary>The writer colour escapes may go to as they are: the inner writer of a safe one.</summary>
    public static TextWriter Unwrapped(TextWriter writer) => writer is TerminalSafeWriter safe ? safe.Inner : writer;

    public override IFormatProvider FormatProvider => Inner.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => Inner.NewLine;
        set => Inner.NewLine = value;
    }

    /// <summary>The text as it may be shown: each unsafe character as \xHH or \uHHHH.</summary>
    public static string Escape(string text)
    {
        if (!text.AsSpan().ContainsAny(Unsafe.Values))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Unsafe.IsUnsafe(c))
            {
                builder.Append(c <= '\u00FF' ? $"\\x{(int)c:X2}" : $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public override void Write(char value)
    {
        if (Unsafe.IsUnsafe(value))
        {
            Inner.Write(Escape(value.ToString(CultureInfo.InvariantCulture)));
        }
        else
        {
            Inner.Write(value);
        }
    }

    public override void Write(string? value) => Inner.Write(value is null ? null : Escape(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => Inner.WriteLine(value is null ? null : Escape(value));

    public override void Flush() => Inner.Flush();

    private static class Unsafe
    {
        public static readonly System.Buffers.SearchValues<char> Values = System.Buffers.SearchValues.Create(Characters());

        public static bool IsUnsafe(char c) => Values.Contains(c);

        private static string Characters()
        {
            var unsafeCharacters = new StringBuilder();
            for (var c = '\0'; c <= '\u009F'; c++)
            {
                if ((c < ' ' && c is not ('\t' or '\n')) || c >= '\u007F')
                {
                    unsafeCharacters.Append(c);
                }
            }

            return unsafeCharacters.Append("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069").ToString();
        }
    }
}
