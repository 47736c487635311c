using BriefBuilder.Layout.Layout;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Structure;

namespace BriefBuilder.Layout.Pdf;

/// <summary>Folds structure elements that were begun a second time (content continued after its element had been
/// closed) into the first one: their kids move over, the parent tree's entries for their marked content and annotations
/// are repointed, and the duplicate leaves its parent. One logical element then has one structure element.</summary>
internal static class StructureMerger
{
    public static void Merge(Dictionary<StructNode, PdfStructureElement> elements, List<(StructNode Node, PdfStructureElement Duplicate)> duplicates,
        IReadOnlyList<PdfDictionary> parentTreeLeaves)
    {
        if (duplicates.Count == 0)
        {
            return;
        }

        var tree = new ParentTree(parentTreeLeaves);
        foreach (var (node, duplicate) in duplicates)
        {
            var original = elements[node];
            var originalPage = original.Elements.GetReference("/Pg")?.Value;
            var duplicatePage = duplicate.Elements.GetReference("/Pg")?.Value as PdfDictionary;
            var kids = StructureTagger.Kids(original);
            foreach (var kid in duplicate.Elements.GetArray("/K")?.Elements.ToList() ?? [])
            {
                kids.Elements.Add(Move(kid, original, originalPage, duplicatePage, tree));
            }

            if (duplicate.Elements.GetObject("/P") is PdfDictionary parent
                && parent.Elements.GetArray("/K") is { } siblings)
            {
                var at = siblings.Elements.ToList().FindIndex(k => k is PdfReference r && ReferenceEquals(r.Value, duplicate));
                if (at >= 0)
                {
                    siblings.Elements.RemoveAt(at);
                }
            }
        }
    }

    private static PdfItem Move(PdfItem kid, PdfStructureElement original, PdfObject? originalPage, PdfDictionary? duplicatePage, ParentTree tree)
    {
        switch (kid)
        {
            case PdfInteger mcid:
                tree.RepointContent(duplicatePage, mcid.Value, original);
                if (duplicatePage is null || ReferenceEquals(duplicatePage, originalPage))
                {
                    return kid;
                }

                var reference = new PdfDictionary();
                reference.Elements.SetName("/Type", "/MCR");
                reference.Elements.SetReference("/Pg", duplicatePage);
                reference.Elements.SetInteger("/MCID", mcid.Value);
                return reference;
            case PdfReference { Value: PdfDictionary child } when child.Elements.ContainsKey("/S"):
                child.Elements.SetReference("/P", original);
                return kid;
            case PdfDictionary dictionary when dictionary.Elements.GetName("/Type") == "/MCR":
                tree.RepointContent(dictionary.Elements.GetReference("/Pg")?.Value as PdfDictionary, dictionary.Elements.GetInteger("/MCID"), original);
                return kid;
            case PdfDictionary dictionary when dictionary.Elements.GetName("/Type") == "/OBJR":
                if (dictionary.Elements.GetReference("/Obj")?.Value is PdfDictionary annotation)
                {
                    tree.Repoint(annotation.Elements.GetInteger("/StructParent"), original);
                }

                return kid;
            default:
                return kid;
        }
    }

    /// <summary>The parent tree's leaves: each key to the /Nums array holding it and the index of its value there.</summary>
    private sealed class ParentTree
    {
        private readonly Dictionary<int, (PdfArray Nums, int At)> _valueAt = [];

        public ParentTree(IReadOnlyList<PdfDictionary> leaves)
        {
            foreach (var nums in leaves.Select(l => l.Elements.GetArray("/Nums")).OfType<PdfArray>())
            {
                for (var i = 0; i + 1 < nums.Elements.Count; i += 2)
                {
                    if (nums.Elements[i] is PdfInteger key)
                    {
                        _valueAt[key.Value] = (nums, i + 1);
                    }
                }
            }
        }

        /// <summary>Points an annotation's (or object's) entry at the merged element.</summary>
        public void Repoint(int key, PdfStructureElement original)
        {
            if (_valueAt.TryGetValue(key, out var entry))
            {
                entry.Nums.Elements[entry.At] = original.Reference!;
            }
        }

        /// <summary>Points a page's marked-content entry at the merged element.</summary>
        public void RepointContent(PdfDictionary? page, int mcid, PdfStructureElement original)
        {
            if (page is null || !_valueAt.TryGetValue(page.Elements.GetInteger("/StructParents"), out var entry))
            {
                return;
            }

            var value = entry.Nums.Elements[entry.At] is PdfReference r ? r.Value : entry.Nums.Elements[entry.At];
            if (value is PdfArray array && mcid < array.Elements.Count)
            {
                array.Elements[mcid] = original.Reference!;
            }
        }
    }
}
