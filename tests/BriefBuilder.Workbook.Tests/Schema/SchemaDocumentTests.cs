using BriefBuilder.Tests.Shared;
using BriefBuilder.Tests.TestWorkbooks;

namespace BriefBuilder.Tests.Workbooks.Schema;

public sealed class SchemaDocumentTests
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
}
