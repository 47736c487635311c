using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefBuilder.Bench;

/// <summary>Writes a large, valid dossier workbook as Excel would (shared strings, a styles part, a third of the
/// claim dates as real Excel dates), streaming each part with OpenXmlWriter so set-up stays small in memory.</summary>
internal static class BenchWorkbook
{
    private const uint DateStyle = 1;

    /// <summary>Writes the workbook and describes its size.</summary>
    public static string Write(string path, int claims, int? sourceCount = null)
    {
        var people = Math.Max(claims / 25, 1);
        var institutions = Math.Max(claims / 100, 1);
        var sources = sourceCount ?? Math.Max(claims / 5, 1);
        var events = Math.Max(claims / 50, 1);
        var strings = new SharedStrings();
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheets = new List<(string Name, WorksheetPart Part)>
        {
            ("Stances", Sheet(workbook, strings, ["Key", "Label", "Color", "Order"], 3, i => [i switch { 0 => "support", 1 => "oppose", _ => "neutral" }, $"Stance {i + 1}", "#1B9E77", i + 1])),
            ("Institutions", Sheet(workbook, strings, ["ID", "Name", "Type", "Parent", "URL"], institutions, i => [$"I{i}", $"{Word(i, 7)} {Word(i, 17)}", "government", i > 0 ? $"I{i / 2}" : null, $"https://example.org/i{i}"])),
            ("People", Sheet(workbook, strings, ["ID", "Name", "Role", "Institution", "Country"], people, i => [$"P{i}", $"{Word(i, 11)} {Word(i, 13)}", "Minister", $"I{i % institutions}", "Exampleland"])),
            ("Sources", Sheet(workbook, strings, ["ID", "Type", "Authors", "Title", "Container", "Date", "URL", "Accessed"], sources, i => [$"S{i}", i % 3 == 0 ? "web" : "news", $"{Word(i, 19)}, {Word(i, 23)}", $"Report number {i}", "Example News", $"2023-{(i % 12) + 1:D2}", $"https://example.org/s{i}", "2024-01-15"])),
            ("Claims", Sheet(workbook, strings, ["ID", "Date", "Speaker", "Institution", "Stance", "Summary", "Quote", "Sources", "Locator", "Tags", "Status"], claims, i => [
                $"C{i}",
                i % 3 == 0 ? (object)(45000.0 + (i % 900)) : $"2023-{(i % 12) + 1:D2}-{(i % 28) + 1:D2}",
                $"P{i % people}",
                null,
                i % 2 == 0 ? "support" : "oppose",
                $"Speaker {i % people} said something about the plan, in claim number {i}, at some length to be realistic.",
                i % 4 == 0 ? $"We said it in claim {i}." : null,
                $"S{i % sources}; S{(i * 7) % sources}",
                $"p. {(i % 40) + 1}",
                "plan; budget",
                i % 100 == 0 ? "draft" : "verified"])),
            ("Events", Sheet(workbook, strings, ["ID", "Date", "Title", "Sources"], events, i => [$"E{i}", $"2023-{(i % 12) + 1:D2}", $"Event {i}", $"S{i % sources}"])),
        };

        workbook.Workbook = new Workbook(new Sheets(sheets.Select((s, i) => new Sheet { Name = s.Name, SheetId = (uint)(i + 1), Id = workbook.GetIdOfPart(s.Part) })));
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        strings.WriteTo(workbook.AddNewPart<SharedStringTablePart>());
        return $"{claims} claims, {people} people, {institutions} institutions, {sources} sources, {events} events";
    }

    private static WorksheetPart Sheet(WorkbookPart workbook, SharedStrings strings, string[] headers, int rows, Func<int, object?[]> row)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, strings, 1, headers);
        for (var i = 0; i < rows; i++)
        {
            WriteRow(writer, strings, i + 2, row(i));
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        return part;
    }

    private static void WriteRow(OpenXmlWriter writer, SharedStrings strings, int number, object?[] values)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)number });
        for (var c = 0; c < values.Length; c++)
        {
            var reference = $"{(char)('A' + c)}{number.ToString(CultureInfo.InvariantCulture)}";
            switch (values[c])
            {
                case string text:
                    writer.WriteElement(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.IndexOf(text)) });
                    break;
                case double serial:
                    writer.WriteElement(new Cell { CellReference = reference, StyleIndex = DateStyle, CellValue = new CellValue(serial.ToString(CultureInfo.InvariantCulture)) });
                    break;
                case int n:
                    writer.WriteElement(new Cell { CellReference = reference, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) });
                    break;
            }
        }

        writer.WriteEndElement();
    }

    // Words from two-letter syllables chosen by the digits of a scrambled index: two different indexes give words
    // that differ in at least one syllable (the salts are prime to 15 cubed), so two-word names of 13 letters differ
    // in two letters at least and are never near-duplicates of each other.
    private static string Word(int index, int salt)
    {
        const string syllables = "bakadafagahajalamanapasatavaza";
        var n = (int)(((long)index * 7919 * salt) % 3375);
        var word = string.Concat(Enumerable.Range(0, 3).Select(d => syllables.Substring(((n / (int)Math.Pow(15, d)) % 15) * 2, 2)));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font()),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat { NumberFormatId = 0 }, new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));

    /// <summary>The shared string table, each text stored once as Excel stores it.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = [];
        private readonly List<string> _texts = [];

        public string IndexOf(string text)
        {
            if (!_index.TryGetValue(text, out var index))
            {
                index = _texts.Count;
                _index[text] = index;
                _texts.Add(text);
            }

            return index.ToString(CultureInfo.InvariantCulture);
        }

        public void WriteTo(SharedStringTablePart part)
        {
            using var writer = OpenXmlWriter.Create(part);
            writer.WriteStartElement(new SharedStringTable { Count = (uint)_texts.Count, UniqueCount = (uint)_texts.Count });
            foreach (var text in _texts)
            {
                writer.WriteElement(new SharedStringItem(new Text(text)));
            }

            writer.WriteEndElement();
        }
    }
}
