using BriefBuilder.Composition.Briefs;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections;

namespace BriefBuilder.Composition.Archive;

/// <summary>What an archival snapshot was built from and what it holds, embedded as manifest.json: the tool, the workbook
/// and template with their SHA-256, the options asked for (enough to rebuild it), the as-of date, language and paper,
/// the filters, the rows of each sheet of the workbook, and the IDs of the statements included.</summary>
public sealed record SnapshotManifest(
    string ToolVersion,
    string WorkbookFile,
    string WorkbookSha256,
    string TemplateName,
    string TemplateFile,
    string TemplateSha256,
    BriefOptions Options,
    DateOnly? AsOf,
    string Language,
    string Paper,
    IReadOnlyList<SheetRows> Sheets,
    SelectionCriteria Filters,
    IReadOnlyList<string> Statements,
    string Build)
{
    public const string ToolName = "BriefBuilder";

    /// <summary>The manifest of the brief a context composes.</summary>
    public static SnapshotManifest Of(BriefContext context)
    {
        var inputs = context.Inputs;
        var dossier = context.Dossier;
        return new SnapshotManifest(
            inputs.ToolVersion,
            inputs.WorkbookFileName,
            inputs.WorkbookSha256,
            inputs.TemplateName,
            SnapshotArchive.TemplateFileName(context.Template),
            inputs.TemplateSha256,
            inputs.Options,
            context.Selection.AsOf,
            context.Language.Code,
            PaperName(inputs.Options.Paper ?? context.Template.Paper),
            [
                new("Stances", dossier.Stances.Count),
                new("Institutions", dossier.Institutions.Count),
                new("People", dossier.People.Count),
                new("Sources", dossier.Sources.Count),
                new("Claims", dossier.Claims.Count),
                new("Events", dossier.Events.Count),
            ],
            context.Selection.Criteria,
            [.. context.Selection.Claims.Select(c => c.Id)],
            inputs.Fingerprint);
    }

    public static string PaperName(Layout.Document.PaperSize paper) => paper.ToString().ToLowerInvariant();
}

/// <summary>How many records one sheet of the workbook holds.</summary>
public sealed record SheetRows(string Sheet, int Rows);
