using System.Text;
using BriefBuilder.Diagnostics;

namespace BriefBuilder.Tests.Diagnostics;

/// <summary>The table of one family of diagnostic codes as its document prints it, between markers.</summary>
internal static class CodeTable
{
    public static string Begin(DiagnosticFamily family) =>
        $"<!-- {family.Name} diagnostic codes: generated from DiagnosticCatalogue by DiagnosticCatalogueTests; do not edit by hand -->";

    public static string End(DiagnosticFamily family) => $"<!-- end of {family.Name} diagnostic codes -->";

    public static string Of(DiagnosticFamily family)
    {
        var text = new StringBuilder().AppendLine(Begin(family)).AppendLine()
            .AppendLine("| Code | Severity | Meaning |")
            .AppendLine("| --- | --- | --- |");
        foreach (var code in family.Codes)
        {
            text.AppendLine($"| `{code.Id}` | {code.Severity.ToString().ToLowerInvariant()} | {code.Summary} |");
        }

        return text.AppendLine().Append(End(family)).ToString();
    }
}
