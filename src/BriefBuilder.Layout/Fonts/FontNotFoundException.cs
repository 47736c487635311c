namespace BriefBuilder.Layout.Fonts;

/// <summary>Thrown when a style names a family no font file provides and no default family is installed either.</summary>
public sealed class FontNotFoundException(string message) : Exception(message);
