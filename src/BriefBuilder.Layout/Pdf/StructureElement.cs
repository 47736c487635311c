using BriefBuilder.Layout.Elements;
using BriefBuilder.Layout.Layout;

namespace BriefBuilder.Layout.Pdf;

/// <summary>One structure element while it is open: its node, its object number and its parent's, the page of its
/// first content, and its kids in reading order; its sequence is the order it was made in.</summary>
internal sealed class StructureElement(StructNode node, int number, int? parent, int sequence)
{
    public int Sequence { get; } = sequence;

    public StructNode Node { get; } = node;

    public int Number { get; } = number;

    public int? Page { get; set; }

    public List<StructureKid> Kids { get; } = [];

    public double[]? Box { get; set; }

    /// <summary>Writes the element; one without a parent element hangs from the tree's root.</summary>
    public void Write(PdfFile file, int root)
    {
        var d = file.Begin(Number).Raw("<</Type/StructElem/S").Name(Node.Tag).Raw("/P ").Ref(parent ?? root);
        if (Page is { } page)
        {
            d.Raw("/Pg ").Ref(page);
        }

        d.Raw("/K[");
        foreach (var kid in Kids)
        {
            switch (kid.Kind)
            {
                case StructureKidKind.Content when kid.Page == Page:
                    d.Int(kid.Value).Byte((byte)' ');
                    break;
                case StructureKidKind.Content:
                    d.Raw("<</Type/MCR/Pg ").Ref(kid.Page).Raw("/MCID ").Int(kid.Value).Raw(">>");
                    break;
                case StructureKidKind.Element:
                    d.Ref(kid.Value).Byte((byte)' ');
                    break;
                case StructureKidKind.Annotation:
                    d.Raw("<</Type/OBJR/Obj ").Ref(kid.Value).Raw("/Pg ").Ref(kid.Page).Raw(">>");
                    break;
            }
        }

        d.Raw("]");
        Attributes(d);
        d.Raw(">>");
        file.End();
    }

    private void Attributes(PdfBuffer d)
    {
        var node = Node;
        if (node.Title is { } title)
        {
            d.Raw("/T").Text(title);
        }

        if (node.AltText is { } alt)
        {
            d.Raw("/Alt").Text(alt);
        }

        if (node.Language is { } language)
        {
            d.Raw("/Lang").Text(language);
        }

        // PDF/UA-1 7.5: header cells say which cells they head (table 349, Scope); spans as RowSpan/ColSpan.
        if (node.Tag is "TH" or "TD" && (node.Tag == "TH" || node.RowSpan > 1 || node.ColumnSpan > 1))
        {
            d.Raw("/A<</O/Table");
            if (node.Tag == "TH")
            {
                d.Raw(node.Scope == HeaderScope.Row ? "/Scope/Row" : "/Scope/Column");
            }

            if (node.RowSpan > 1)
            {
                d.Raw("/RowSpan ").Int(node.RowSpan);
            }

            if (node.ColumnSpan > 1)
            {
                d.Raw("/ColSpan ").Int(node.ColumnSpan);
            }

            d.Raw(">>");
        }

        if (Box is { } box)
        {
            d.Raw("/A<</O/Layout/Placement/Block/BBox[").N(box[0]).N(box[1]).N(box[2]).Number(box[3]).Raw("]>>");
        }
    }
}

internal enum StructureKidKind : byte
{
    Content,
    Element,
    Annotation,
}

/// <summary>One kid of a structure element: marked content (its MCID and page), a child element (its object and node
/// numbers) or a link annotation (its object and page).</summary>
internal readonly record struct StructureKid(StructureKidKind Kind, int Value, int Page, int Node = -1);
