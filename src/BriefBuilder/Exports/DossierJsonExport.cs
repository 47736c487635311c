using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using BriefBuilder.Cli.Output;
using BriefBuilder.Dates;
using BriefBuilder.Records;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Cli.Exports;

/// <summary>The whole validated dossier as JSON: the Brief sheet's fields, every record of every sheet under its field
/// names (dates as EDTF text, citations with their locators, the row it was read from), and the workbook's diagnostics in
/// the shape `--json` reports them.</summary>
public static class DossierJsonExport
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(WorkbookReadResult read, Stream stream)
    {
        var dossier = read.Dossier!;
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("workbook", Path.GetFileName(read.File));
        json.WritePropertyName("brief");
        Record(json, dossier.Brief, DossierTables.BriefFields);
        foreach (var (sheet, fields, records) in DossierTables.Sheets(dossier))
        {
            json.WriteStartArray(JsonNamingPolicy.CamelCase.ConvertName(sheet));
            foreach (var (record, row) in records)
            {
                Record(json, record, fields, row);
            }

            json.WriteEndArray();
        }

        json.WritePropertyName("diagnostics");
        JsonReport.WriteDiagnostics(json, [.. read.Diagnostics.Select(JsonDiagnostic.Of)]);
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void Record(Utf8JsonWriter json, object record, IReadOnlyList<System.Reflection.PropertyInfo> fields, int? row = null)
    {
        json.WriteStartObject();
        foreach (var field in fields)
        {
            json.WritePropertyName(JsonNamingPolicy.CamelCase.ConvertName(field.Name));
            Value(json, field.GetValue(record));
        }

        if (row is { } number)
        {
            json.WriteNumber("row", number);
        }

        json.WriteEndObject();
    }

    private static void Value(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case Citation citation:
                json.WriteStartObject();
                json.WriteString("source", citation.SourceId);
                json.WriteString("locator", citation.Locator);
                json.WriteEndObject();
                break;
            case IEnumerable items and not string:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    Value(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(value is DateValue or string or Enum or Contributor ? DossierTables.Text(value) : value.ToString());
                break;
        }
    }
}
