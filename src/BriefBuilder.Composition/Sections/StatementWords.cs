using BriefBuilder.Composition.Sections.Stances;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Sections;

/// <summary>The words a brief prints for a statement: always whole, either the curator's summary or, where a template
/// asks for brevity and the workbook has one, the curator's short form. Nothing is ever cut.</summary>
internal static class StatementWords
{
    public static string Of(Claim claim, StatementText text) =>
        (text == StatementText.Short && !string.IsNullOrWhiteSpace(claim.ShortForm) ? claim.ShortForm : claim.Summary).Trim();
}
