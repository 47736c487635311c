using System.IO.Compression;
using System.Xml.Linq;

namespace BriefBuilder.Cli.Tests.Archival;

/// <summary>Another version of the sample workbook, made by editing its Claims sheet's XML in a copy: a claim reworded,
/// one removed and one added, as a curator would between two snapshots.</summary>
internal static class SampleVersions
{
    public static string Sample => Path.Combine(AppContext.BaseDirectory, "workbooks", "artsakh-exodus-2023.xlsx");

    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Copies the sample to <paramref name="path"/> with the summary of the claim in <paramref name="rewordRow"/>
    /// replaced, the claim in <paramref name="removeRow"/> deleted, and a copy of the last claim added as <paramref name="newId"/>.</summary>
    public static void Write(string path, int rewordRow, string rewording, int removeRow, string newId, string newSummary)
    {
        File.Copy(Sample, path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var name = ClaimsSheet(zip);
        var entry = zip.GetEntry(name)!;
        XDocument sheet;
        using (var read = entry.Open())
        {
            sheet = XDocument.Load(read);
        }

        var data = sheet.Root!.Element(Main + "sheetData")!;
        var rows = data.Elements(Main + "row").ToList();
        XElement Row(int number) => rows.Single(r => (int)r.Attribute("r")! == number);

        SetText(Row(rewordRow), "G", rewording);
        var last = rows.Max(r => (int)r.Attribute("r")!);
        var added = new XElement(Row(last));
        added.SetAttributeValue("r", last + 1);
        foreach (var cell in added.Elements(Main + "c"))
        {
            cell.SetAttributeValue("r", new string([.. ((string)cell.Attribute("r")!).TakeWhile(char.IsLetter)]) + (last + 1));
        }

        SetText(added, "A", newId);
        SetText(added, "G", newSummary);
        data.Add(added);
        Row(removeRow).Remove();

        entry.Delete();
        using var write = zip.CreateEntry(name).Open();
        sheet.Save(write);
    }

    // The part the workbook's sheet named "Claims" points at, through the workbook's relationships.
    private static string ClaimsSheet(ZipArchive zip)
    {
        var workbook = Load(zip, "xl/workbook.xml");
        var id = (string)workbook.Descendants(Main + "sheet").Single(s => (string?)s.Attribute("name") == "Claims").Attribute(Relationships + "id")!;
        var rels = Load(zip, "xl/_rels/workbook.xml.rels");
        var target = (string)rels.Root!.Elements().Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!;
        return target.TrimStart('/');
    }

    private static XDocument Load(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    // An inline string, so the shared strings other cells use stay as they are.
    private static void SetText(XElement row, string column, string text)
    {
        var cell = row.Elements(Main + "c").Single(c => ((string)c.Attribute("r")!).StartsWith(column, StringComparison.Ordinal)
            && char.IsDigit(((string)c.Attribute("r")!)[column.Length]));
        cell.RemoveNodes();
        cell.SetAttributeValue("t", "inlineStr");
        cell.Add(new XElement(Main + "is", new XElement(Main + "t", text)));
    }
}
