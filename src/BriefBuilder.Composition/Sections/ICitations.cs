using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections;

/// <summary>Short in-text citations of sources ("Bagheri 2023"), as the bibliography's style writes them.</summary>
public interface ICitations
{
    /// <summary>The citation's text without brackets; its link goes to <see cref="AnchorNames.Source"/>.</summary>
    string InText(Source source);
}
