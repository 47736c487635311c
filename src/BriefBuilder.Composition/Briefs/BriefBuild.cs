using BriefBuilder.Composition.Archive;
using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Localization;
using BriefBuilder.Composition.Sections;
using BriefBuilder.Composition.Sections.NewSince;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Diagnostics;
using BriefBuilder.Layout.Document;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Briefs;

/// <summary>The library entry for building a brief: selection, language and composition of a dossier with a template
/// and options. Problems come back as diagnostics and no document.</summary>
internal static class BriefBuild
{
    /// <summary>Composes the brief's layout document; with <paramref name="most"/>, of at most that many statements,
    /// chosen as <see cref="StatementFit"/> says.</summary>
    public static BriefResult Compose(Dossier dossier, BriefTemplate template, BriefOptions options, BuildInputs inputs, int? most = null)
    {
        var diagnostics = new DiagnosticBag();
        var language = ChooseLanguage(dossier, template, options, diagnostics);
        var selection = Selector.Select(dossier, template, options, diagnostics);
        if (diagnostics.HasErrors || language is null)
        {
            return new BriefResult(null, diagnostics.Items, null);
        }

        var page = new PageSetup(options.Paper ?? template.Paper, template.Orientation, template.Margins);
        if (PageRoom.RoomProblem(page) is { } cramped)
        {
            // The template was checked on its own paper; --paper may choose a smaller one.
            diagnostics.Report(new SourceLocation(template.File), BriefCodes.PageRoom, $"page.margins: {cramped}");
            return new BriefResult(null, diagnostics.Items, null);
        }

        template = template with { Sections = NewSinceSection.Arrange(template.Sections, inputs.Options.Since) };
        if (most is { } limit && limit < selection.Claims.Count)
        {
            selection = StatementFit.Keep(selection, limit, NewSinceSection.Printed(template.Sections, selection, inputs.Options.Since));
        }

        var context = new BriefContext(selection, template, inputs, language, page.BodyWidth);
        var document = BriefComposer.Compose(context, page) with { Limits = options.Limits };
        if (SnapshotArchive.IsArchival(template, options))
        {
            if (SnapshotArchive.Problem(context) is { } problem)
            {
                diagnostics.Report(new SourceLocation(template.File), BriefCodes.ArchiveInputs, problem);
                return new BriefResult(null, diagnostics.Items, context);
            }

            document = document with { Archival = SnapshotArchive.Options(context, document.Info.CreationDate) };
        }

        return new BriefResult(document, diagnostics.Items, context);
    }

    /// <summary>The build's language, else the template's, else the workbook's when it is one a brief can use, else English.</summary>
    private static BriefLanguage? ChooseLanguage(Dossier dossier, BriefTemplate template, BriefOptions options, DiagnosticBag diagnostics)
    {
        if (options.Language is { } asked)
        {
            var language = BriefLanguage.Find(asked);
            if (language is null)
            {
                diagnostics.Report(new SourceLocation("--lang"), BriefCodes.Language, $"no language '{asked}'; expected one of: {string.Join(", ", BriefLanguage.Codes)}");
            }

            return language;
        }

        var workbook = dossier.Brief.Language?.Trim();
        var fromWorkbook = workbook is { Length: >= 2 } ? BriefLanguage.Find(workbook[..2]) : null;
        return (template.Language is { } code ? BriefLanguage.Find(code) : null) ?? fromWorkbook ?? BriefLanguage.English;
    }
}

/// <summary>A composed brief, or the diagnostics that stopped it. The context is what the sections were composed from.</summary>
public sealed record BriefResult(Document? Document, IReadOnlyList<Diagnostic> Diagnostics, BriefContext? Context)
{
    public bool Success => Document is not null;
}
