namespace BriefBuilder.Layout.Results;

/// <summary>Where a named anchor landed: page number (from 1) and position in points from the page's top-left.</summary>
public sealed record AnchorPlacement(string Name, int Page, double X, double Y);

/// <summary>Where a heading landed, with the level it is tagged and outlined at and the anchor links and the table of contents use.</summary>
public sealed record HeadingPlacement(int Level, string Text, int Page, double Y, string AnchorName);
