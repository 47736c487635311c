namespace BriefBuilder.Tests.TestWorkbooks;

/// <summary>A workbook under construction, written with the OpenXml SDK's low-level API as Excel and other
/// programs write files, not as ClosedXML does.</summary>
internal sealed class TestWorkbook
{
    public List<TestSheet> Sheets { get; } = [];

    /// <summary>Serial dates count from 1904 (`workbookPr date1904="1"`).</summary>
    public bool Date1904 { get; set; }

    /// <summary>Rows and cells are written without their `r` attributes, as some exporters do.</summary>
    public bool OmitReferences { get; set; }

    public TestSheet Sheet(string name) => Sheets.First(s => s.Name == name);

    public TestSheet AddSheet(string name)
    {
        var sheet = new TestSheet(name);
        Sheets.Add(sheet);
        return sheet;
    }

    public TestWorkbook Without(string sheet)
    {
        Sheets.RemoveAll(s => s.Name == sheet);
        return this;
    }

    public string Save(string path)
    {
        TestWorkbookWriter.Write(this, path);
        return path;
    }
}
