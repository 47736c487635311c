namespace BriefBuilder.Composition.Bibliography;

/// <summary>The reference styles a brief template can choose; Chicago author-date is the default.</summary>
public enum CitationStyle
{
    ChicagoAuthorDate,
    Apa7,
}
