using BriefBuilder.Layout.Layout;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Structure;
using PdfSharp.UniversalAccessibility;

namespace BriefBuilder.Layout.Pdf;

/// <summary>Folds structure elements that were begun a second time (content continued after its element had been
/// closed) into the first one: their kids move over, the parent tree's entries for their marked content and annotations
/// are repointed, and the duplicate leaves its parent. One logical element then has one structure element.</summary>
internal static class StructureMerger
{
    public static void Merge(UAManager manager, Dictionary<StructNode, PdfStructureElement> elements, List<(StructNode Node, PdfStructureElement Duplicate)> duplicates)
    {
        if (duplicates.Count == 0)
        {
            return;
        }

        var tree = new ParentTree(manager);
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

    /// <summary>The structure tree root's parent tree (a flat number tree): key to the index of its value in /Nums.</summary>
    private sealed class ParentTree
    {
        private readonly PdfArray? _nums;
        private readonly Dictionary<int, int> _valueAt = [];

        public ParentTree(UAManager manager)
        {
            _nums = manager.StructureTreeRoot.Elements.GetDictionary("/ParentTree")?.Elements.GetArray("/Nums");
            for (var i = 0; _nums is not null && i + 1 < _nums.Elements.Count; i += 2)
            {
                if (_nums.Elements[i] is PdfInteger key)
                {
                    _valueAt[key.Value] = i + 1;
                }
            }
        }

        /// <summary>Points an annotation's (or object's) entry at the merged element.</summary>
        public void Repoint(int key, PdfStructureElement original)
        {
            if (_nums is not null && _valueAt.TryGetValue(key, out var at))
            {
                _nums.Elements[at] = original.Reference!;
            }
        }

        /// <summary>Points a page's marked-content entry at the merged element.</summary>
        public void RepointContent(PdfDictionary? page, int mcid, PdfStructureElement original)
        {
            if (_nums is null || page is null || !_valueAt.TryGetValue(page.Elements.GetInteger("/StructParents"), out var at))
            {
                return;
            }

            var value = _nums.Elements[at] is PdfReference r ? r.Value : _nums.Elements[at];
            if (value is PdfArray array && mcid < array.Elements.Count)
            {
                array.Elements[mcid] = original.Reference!;
            }
        }
    }
}
