using System.Diagnostics.CodeAnalysis;

namespace BriefBuilder.Diagnostics;

/// <summary>Every diagnostic code BriefBuilder reports, by family, with the document that lists each family for users;
/// a test holds the documents to this list.</summary>
public static class DiagnosticCatalogue
{
    /// <summary>The families, each with its codes and the repository file (from the root) whose table documents them.</summary>
    public static IReadOnlyList<DiagnosticFamily> Families { get; } =
    [
        new("workbook", "src/BriefBuilder.Workbook/SCHEMA.md", [.. Of(typeof(WorkbookCodes)), .. Of(typeof(ValidationCodes))]),
        new("template", "templates/README.md", [.. Of(typeof(TemplateCodes))]),
        new("brief", "README.md", [.. Of(typeof(BriefCodes)), .. Of(typeof(CommandLineCodes))]),
    ];

    /// <summary>Every code, once.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } = [.. Families.SelectMany(f => f.Codes)];

    // The codes are the static fields of their class: adding a code is adding a field.
    private static IEnumerable<DiagnosticCode> Of([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] Type codes) =>
        codes.GetFields().Where(f => f.FieldType == typeof(DiagnosticCode)).Select(f => (DiagnosticCode)f.GetValue(null)!);
}

/// <summary>Codes documented together in one table of one document.</summary>
public sealed record DiagnosticFamily(string Name, string Document, IReadOnlyList<DiagnosticCode> Codes)
{
    /// <summary>The codes in the order their table lists them.</summary>
    public IReadOnlyList<DiagnosticCode> Codes { get; } = [.. Codes.OrderBy(c => c.Id, StringComparer.Ordinal)];
}
