namespace BriefBuilder.Layout.Elements;

/// <summary>A node of the declarative layout tree the composer builds and the engine pages. Elements are plain immutable data.</summary>
public abstract record Element;
