namespace BriefBuilder.Layout.Results;

/// <summary>Something placed on a page: its kind (Paragraph, Line, H1, TableRow, TableHeader, Image, Header, Footer, …),
/// where it is (points, origin top-left, y down) and its text or first words.</summary>
public sealed record LaidOutBox(string Kind, double X, double Y, double Width, double Height, string Text)
{
    public double Bottom => Y + Height;
}
