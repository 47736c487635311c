using System.Reflection;
using System.Text.RegularExpressions;
using BriefBuilder.Tests.TestWorkbooks;
using BriefBuilder.Validation;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Tests.Workbooks.Schema;

public sealed partial class SchemaDocumentTests
{
    private static string DocumentPath => RepositoryFiles.Path("src", "BriefBuilder.Workbook", "SCHEMA.md");

    [Fact]
    public void The_schema_document_tables_are_the_schema()
    {
        var document = File.ReadAllText(DocumentPath);
        var start = document.IndexOf(SchemaMarkdown.Begin, StringComparison.Ordinal);
        var end = document.IndexOf(SchemaMarkdown.End, StringComparison.Ordinal) + SchemaMarkdown.End.Length;
        Assert.True(start >= 0 && end > start, "SCHEMA.md lacks the generated-tables markers");
        var written = document[start..end];
        if (RepositoryFiles.Approving)
        {
            File.WriteAllText(DocumentPath, document[..start] + SchemaMarkdown.Tables() + document[end..]);
            written = SchemaMarkdown.Tables();
        }

        Assert.Equal(SchemaMarkdown.Tables(), written);
    }

    [Fact]
    public void The_schema_document_lists_every_diagnostic_code_once_with_its_severity()
    {
        var document = File.ReadAllText(DocumentPath);
        var listed = CodeRow().Matches(document).ToDictionary(m => m.Groups["code"].Value, m => m.Groups["severity"].Value);
        var defined = typeof(WorkbookCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Concat(typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Equal(defined.Order(), listed.Keys.Order());
        Assert.Equal(defined.Count, defined.Distinct().Count());
    }

    [GeneratedRegex(@"^\| `(?<code>BB\d{3})` \| (?<severity>error|warning) \|", RegexOptions.Multiline)]
    private static partial Regex CodeRow();
}
