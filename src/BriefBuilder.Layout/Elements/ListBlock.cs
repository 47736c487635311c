namespace BriefBuilder.Layout.Elements;

/// <summary>A bulleted or numbered list (tagged L with LI, Lbl and LBody).</summary>
public sealed record ListBlock(IReadOnlyList<Element> Items, ListKind Kind = ListKind.Bulleted, TextStyle? MarkerStyle = null, double Indent = 14) : Element;

public enum ListKind
{
    Bulleted,
    Numbered,
}
