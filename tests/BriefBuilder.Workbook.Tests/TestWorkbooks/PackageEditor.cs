using System.IO.Compression;
using System.Text.RegularExpressions;

namespace BriefBuilder.Tests.TestWorkbooks;

/// <summary>Rewrites a saved workbook's zip part by part, into the forms other programs write: Excel's unprefixed
/// markup and relative targets, Strict namespaces, parts kept elsewhere, hand-edited XML.</summary>
internal sealed partial class PackageEditor(string path)
{
    private const string Transitional = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string TransitionalRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Edits the text of one part, named by its path in the zip (`xl/worksheets/sheet2.xml`).</summary>
    public PackageEditor Edit(string entry, Func<string, string> edit)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        Rewrite(zip, zip.GetEntry(entry) ?? throw new ArgumentException($"no {entry} in the package"), edit);
        return this;
    }

    /// <summary>Edits the text of every XML part, relationship parts and content types included.</summary>
    public PackageEditor EditAll(Func<string, string> edit)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)).ToList())
        {
            Rewrite(zip, entry, edit);
        }

        return this;
    }

    /// <summary>SpreadsheetML in the default namespace with no prefix (`&lt;c&gt;`, not `&lt;x:c&gt;`), as Excel writes it.</summary>
    public PackageEditor Unprefixed() =>
        EditAll(xml => xml.Replace("<x:", "<", StringComparison.Ordinal).Replace("</x:", "</", StringComparison.Ordinal).Replace("xmlns:x=", "xmlns=", StringComparison.Ordinal));

    /// <summary>Every relationship target written relative to its source part's folder, as Excel writes them.</summary>
    public PackageEditor RelativeTargets()
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        foreach (var rels in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)).ToList())
        {
            // `xl/_rels/workbook.xml.rels` holds the relationships of parts in `/xl/`.
            var folder = "/" + rels.FullName[..rels.FullName.IndexOf("_rels/", StringComparison.Ordinal)];
            Rewrite(zip, rels, xml => AbsoluteTarget().Replace(xml, m => $"Target=\"{Path.GetRelativePath(folder, m.Groups[1].Value)}\""));
        }

        return this;
    }

    /// <summary>The Strict namespaces and relationship types of ISO/IEC 29500 in place of the Transitional ones.</summary>
    public PackageEditor Strict() =>
        EditAll(xml => xml
            .Replace(Transitional, "http://purl.oclc.org/ooxml/spreadsheetml/main", StringComparison.Ordinal)
            .Replace(TransitionalRelationships, "http://purl.oclc.org/ooxml/officeDocument/relationships", StringComparison.Ordinal));

    /// <summary>Keeps a part under another name, and names it so wherever it was named (targets, content types).</summary>
    public PackageEditor Move(string entry, string to)
    {
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var old = zip.GetEntry(entry) ?? throw new ArgumentException($"no {entry} in the package");
            var moved = zip.CreateEntry(to);
            using (var from = old.Open())
            using (var into = moved.Open())
            {
                from.CopyTo(into);
            }

            old.Delete();
        }

        return EditAll(xml => xml.Replace($"\"/{entry}\"", $"\"/{to}\"", StringComparison.Ordinal));
    }

    public PackageEditor Delete(string entry)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        (zip.GetEntry(entry) ?? throw new ArgumentException($"no {entry} in the package")).Delete();
        return this;
    }

    /// <summary>Adds a part, even one whose name another part already has.</summary>
    public PackageEditor Add(string entry, string content)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
        writer.Write(content);
        return this;
    }

    private static void Rewrite(ZipArchive zip, ZipArchiveEntry entry, Func<string, string> edit)
    {
        string text;
        using (var reader = new StreamReader(entry.Open()))
        {
            text = reader.ReadToEnd();
        }

        var name = entry.FullName;
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(edit(text));
    }

    [GeneratedRegex("Target=\"(/[^\"]*)\"")]
    private static partial Regex AbsoluteTarget();
}
