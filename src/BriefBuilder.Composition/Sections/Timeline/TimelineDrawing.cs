using BriefBuilder.Layout.Elements;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections.Timeline;

/// <summary>The timeline graphic with what its legend and key must say: the statements it names by ID, and which marks
/// of a vague date it drew (hollow markers or dashed event marks; bars with faded or dashed ends).</summary>
internal sealed record TimelineDrawing(Canvas Canvas, IReadOnlyList<Claim> Identified, bool Hollow, bool VagueEnds);
