using System.Text.Json;
using System.Text.Json.Serialization;
using BriefBuilder.Diagnostics;

namespace BriefBuilder.Cli.Output;

/// <summary>The one JSON document `--json` prints for check, build, build-all, export and verify (README, "JSON
/// output"). Members that do not apply to a command are left out, never written as null.</summary>
public sealed record JsonReport(
    string Command,
    int ExitCode,
    double Seconds,
    int Errors,
    int Warnings,
    IReadOnlyList<JsonInput> Inputs,
    IReadOnlyList<JsonFile> Files,
    IReadOnlyList<JsonDiagnostic> Diagnostics,
    IReadOnlyList<JsonCheck>? Checks)
{
    // The types' code comes from JsonReportTypes, made when the program is compiled: a program compiled ahead of time
    // has no reflection serializer.
    private static readonly JsonReportTypes Types = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Diagnostics as the report writes them, for the documents that carry them too (the dossier export).</summary>
    public static void WriteDiagnostics(Utf8JsonWriter json, List<JsonDiagnostic> diagnostics) =>
        JsonSerializer.Serialize(json, diagnostics, Types.ListJsonDiagnostic);

    public string Serialize() => JsonSerializer.Serialize(this, Types.JsonReport);
}

/// <summary>A file the command was asked to read, whether it could be read, and the problems found in it.</summary>
public sealed record JsonInput(string File, bool Readable, int Errors, int Warnings);

/// <summary>A file written: its path, its size, and its pages when it is a PDF.</summary>
public sealed record JsonFile(string Path, long Bytes, int? Pages);

/// <summary>A diagnostic with its place: the sheet and cell of a workbook, or the line of a template.</summary>
public sealed record JsonDiagnostic(string Severity, string Code, string? File, string? Sheet, string? Cell, int? Line, string Message)
{
    public static JsonDiagnostic Of(Diagnostic d) =>
        new(DiagnosticRenderer.Name(d.Severity), d.Code.Id, d.Location.File.Length == 0 ? null : d.Location.File, d.Location.Sheet, d.Location.Cell, d.Location.Line, d.Message);
}

/// <summary>One check `verify` made and what it found.</summary>
public sealed record JsonCheck(bool Passed, string Finding);

/// <summary>The serializer's code for the report's types, generated at compile time.</summary>
[JsonSerializable(typeof(JsonReport))]
[JsonSerializable(typeof(List<JsonDiagnostic>))]
internal sealed partial class JsonReportTypes : JsonSerializerContext;
