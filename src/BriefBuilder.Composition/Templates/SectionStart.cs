namespace BriefBuilder.Composition.Templates;

/// <summary>Where each section after the first page's cover and summary starts (template key <c>new-page-per-section</c>).</summary>
public enum SectionStart
{
    /// <summary>Right below the section before (<c>false</c>).</summary>
    Flow,

    /// <summary>On a new page (<c>true</c>).</summary>
    NewPage,

    /// <summary>On a new page, unless at least half of the page is left: then below the section before, rather than
    /// leaving most of a page blank (<c>auto</c>).</summary>
    NewPageUnlessHalfLeft,
}
