using System.Reflection;
using System.Text.RegularExpressions;
using BriefBuilder.Diagnostics;
using BriefBuilder.Tests.Shared;

namespace BriefBuilder.Tests.Diagnostics;

public sealed partial class DiagnosticCatalogueTests
{
    public static TheoryData<string> Families => [.. DiagnosticCatalogue.Families.Select(f => f.Name)];

    [Fact]
    public void Every_code_is_catalogued_once_with_one_line_of_documentation()
    {
        var declared = typeof(DiagnosticCode).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!)
            .ToList();

        Assert.Equal(declared.Order(ById), DiagnosticCatalogue.All.Order(ById));
        Assert.Equal(DiagnosticCatalogue.All.Count, DiagnosticCatalogue.All.Select(c => c.Id).Distinct().Count());
        Assert.All(DiagnosticCatalogue.All, code =>
        {
            Assert.Matches(CodeId(), code.Id);
            Assert.Matches(@"^[A-Z`].*\.$", code.Summary);
            Assert.DoesNotContain('\n', code.Summary);
            Assert.DoesNotContain('|', code.Summary);
        });
    }

    [Fact]
    public void No_source_file_writes_a_code_outside_the_catalogue()
    {
        var catalogue = RepositoryFiles.Path("src", "BriefBuilder.Dossier", "Diagnostics", "Codes");
        var literals = Directory.EnumerateFiles(RepositoryFiles.Path("src"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.StartsWith(catalogue, StringComparison.Ordinal) && !IsBuildOutput(file))
            .SelectMany(file => CodeLiteral().Matches(File.ReadAllText(file)).Select(m => $"{Path.GetFileName(file)}: {m.Value}"))
            .ToList();

        Assert.Empty(literals);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Each_document_lists_its_family_of_codes_as_catalogued(string name)
    {
        var family = DiagnosticCatalogue.Families.Single(f => f.Name == name);
        var path = RepositoryFiles.Path(family.Document.Split('/'));
        var document = File.ReadAllText(path);
        var start = document.IndexOf(CodeTable.Begin(family), StringComparison.Ordinal);
        var end = document.IndexOf(CodeTable.End(family), StringComparison.Ordinal) + CodeTable.End(family).Length;
        Assert.True(start >= 0 && end > start, $"{family.Document} lacks the markers of the {name} codes' table");
        var written = document[start..end];
        if (RepositoryFiles.Approving)
        {
            File.WriteAllText(path, document[..start] + CodeTable.Of(family) + document[end..]);
            written = CodeTable.Of(family);
        }

        Assert.Equal(CodeTable.Of(family), written);
    }

    [Fact]
    public void A_code_named_in_a_document_is_a_catalogued_code()
    {
        var known = DiagnosticCatalogue.All.Select(c => c.Id).ToHashSet();
        var documents = DiagnosticCatalogue.Families.Select(f => f.Document).Distinct();
        var unknown = documents
            .SelectMany(d => CodeMention().Matches(File.ReadAllText(RepositoryFiles.Path(d.Split('/')))).Select(m => (d, m.Value)))
            .Where(mention => !known.Contains(mention.Value))
            .ToList();

        Assert.Empty(unknown);
    }

    private static readonly Comparer<DiagnosticCode> ById = Comparer<DiagnosticCode>.Create((a, b) => string.CompareOrdinal(a.Id, b.Id));

    private static bool IsBuildOutput(string file) =>
        file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    [GeneratedRegex(@"^(BB|TPL|BRF|CLI)\d{3}$")]
    private static partial Regex CodeId();

    [GeneratedRegex(@"""(BB|TPL|BRF|CLI)\d{3}""")]
    private static partial Regex CodeLiteral();

    [GeneratedRegex(@"\b(BB|TPL|BRF|CLI)\d{3}\b")]
    private static partial Regex CodeMention();
}
