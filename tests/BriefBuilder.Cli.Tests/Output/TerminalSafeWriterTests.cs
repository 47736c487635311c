using BriefBuilder.Cli.Output;

namespace BriefBuilder.Cli.Tests.Output;

public sealed class TerminalSafeWriterTests
{
    [Fact]
    public void Escape_sequences_and_direction_overrides_are_shown_not_sent()
    {
        using var text = new StringWriter();
        using var writer = new TerminalSafeWriter(text);

        writer.WriteLine("title \u001B]0;pwned\u0007 \u001B[2J \u009B1m \u202Eevil\u202C\ttab");

        Assert.Equal("title \\x1B]0;pwned\\x07 \\x1B[2J \\x9B1m \\u202Eevil\\u202C\ttab" + Environment.NewLine, text.ToString());
    }

    [Fact]
    public void Ordinary_text_passes_as_it_is()
    {
        const string text = "dossier.xlsx: Claims!B7: error: Date: 'Ա 5 Oct 2023' is not a date — ελληνικά 日本語";

        Assert.Same(text, TerminalSafeWriter.Escape(text));
    }
}
