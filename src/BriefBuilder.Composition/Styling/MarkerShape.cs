namespace BriefBuilder.Composition.Styling;

/// <summary>The shapes that tell stances apart without colour (BRIEF-DESIGN: stances and colour).</summary>
public enum MarkerShape
{
    Circle,
    Square,
    Triangle,
    Diamond,
    InvertedTriangle,
    Hexagon,
}
