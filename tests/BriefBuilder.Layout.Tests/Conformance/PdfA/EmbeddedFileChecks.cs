using PdfSharp.Pdf;
using static BriefBuilder.Layout.Tests.Conformance.PdfA.PdfObjects;

namespace BriefBuilder.Layout.Tests.Conformance.PdfA;

/// <summary>6.8: every embedded file is an associated file (in an AF array), its file specification has F, UF and an
/// AFRelationship, and its stream a MIME type and Params with a modification date; the EmbeddedFiles name tree is sorted.</summary>
internal static class EmbeddedFileChecks
{
    private static readonly HashSet<string> Relationships = ["Source", "Data", "Alternative", "Supplement", "Unspecified"];

    public static void Check(PdfDictionary catalog, List<PdfDictionary> dictionaries, List<string> problems)
    {
        var associated = dictionaries.Select(d => Array(d.Elements["/AF"])).OfType<PdfArray>()
            .SelectMany(a => a.Elements.Select(Dictionary)).OfType<PdfDictionary>()
            .ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var spec in dictionaries.Where(d => d.Elements.ContainsKey("/EF")))
        {
            var name = StringValue(spec, "/UF") ?? StringValue(spec, "/F") ?? "(unnamed)";
            if (StringValue(spec, "/F") is null || StringValue(spec, "/UF") is null)
            {
                problems.Add($"6.8: the file specification of {name} lacks F or UF");
            }

            if (Name(spec, "/AFRelationship") is not { } relationship || !Relationships.Contains(relationship))
            {
                problems.Add($"6.8: the file specification of {name} has no valid AFRelationship");
            }

            if (!associated.Contains(spec))
            {
                problems.Add($"6.8: the embedded file {name} is in no AF array");
            }

            var stream = Dictionary(Dictionary(spec.Elements["/EF"])?.Elements["/F"]);
            if (stream?.Stream is null || Name(stream, "/Subtype") is not { } mime || !mime.Contains('/', StringComparison.Ordinal))
            {
                problems.Add($"6.8: the embedded file {name} has no MIME type as its Subtype");
            }

            if (stream is null || Dictionary(stream.Elements["/Params"]) is not { } parameters || PdfDate(StringValue(parameters, "/ModDate")) is null)
            {
                problems.Add($"6.8: the embedded file {name} has no Params with a ModDate");
            }
        }

        var tree = Dictionary(Dictionary(catalog.Elements["/Names"])?.Elements["/EmbeddedFiles"]);
        var keys = Array(tree?.Elements["/Names"])?.Elements.Where((_, i) => i % 2 == 0).OfType<PdfString>().Select(s => s.Value).ToList() ?? [];
        if (!keys.SequenceEqual(keys.Order(StringComparer.Ordinal)))
        {
            problems.Add("7.9.6: the EmbeddedFiles name tree's keys are not in order");
        }
    }
}
