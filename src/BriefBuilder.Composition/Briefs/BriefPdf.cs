using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Diagnostics;
using BriefBuilder.Layout;
using BriefBuilder.Layout.Document;
using BriefBuilder.Layout.Fonts;
using BriefBuilder.Layout.Results;
using BriefBuilder.Layout.Text;
using BriefBuilder.Records;
using BriefBuilder.Validation;

namespace BriefBuilder.Composition.Briefs;

/// <summary>Builds a brief's file (PDF unless another format is asked for): composes it, lays it out, checks the page
/// budget and writes it.</summary>
public static class BriefPdf
{
    /// <summary>The file's bytes, or no bytes and the errors that stopped the build; warnings either way.
    /// <paramref name="stage"/> hears "composing" and "laying out" as each begins, and <paramref name="pageWritten"/> how
    /// many pages are written as each one is, for a progress display.</summary>
    public static BriefOutput Build(Dossier dossier, BriefTemplate template, BriefOptions options, BuildInputs inputs, IOutputFormat? format = null, Action<string>? stage = null, Action<int>? pageWritten = null)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            stage?.Invoke("composing");
            var result = BriefBuild.Compose(dossier, template, options, inputs);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Document is null)
            {
                return new BriefOutput(null, diagnostics.Items, 0);
            }

            // Laid out and written together: pages go to the file as they are painted.
            stage?.Invoke("laying out");
            var bound = LayoutBound(template, options);
            var document = bound is { } pages ? result.Document with { Limits = result.Document.Limits with { Pages = pages } } : result.Document;
            LayoutResult layout;
            byte[] pdf;
            try
            {
                (pdf, layout) = (format ?? PdfFormat.Default).Render(document, pageWritten);
            }
            catch (LayoutLimitException e) when (e.LimitName == LayoutLimits.PagesName && e.Limit == bound)
            {
                diagnostics.Report(new SourceLocation(template.File), BriefCodes.OverPageBudget, OverBudget(template, (int)e.Limit, template.PageBudget!.Value, atLeast: true));
                return new BriefOutput(null, diagnostics.Items, 0);
            }

            foreach (var warning in layout.Warnings)
            {
                // Fonts are the template's choice; content comes from the workbook; pagination follows from the template.
                var (where, code) = warning.Source switch
                {
                    LayoutWarningSource.Fonts => (new SourceLocation(template.File), BriefCodes.MissingFont),
                    LayoutWarningSource.Pagination => (new SourceLocation(template.File), BriefCodes.Layout),
                    _ => (new SourceLocation(inputs.WorkbookFileName), BriefCodes.Layout),
                };
                diagnostics.Report(where, code, warning.Message);
            }

            if (template.PageBudget is { } budget && layout.PageCount > budget)
            {
                var message = OverBudget(template, layout.PageCount, budget, atLeast: false);
                if (!template.AllowOverflow)
                {
                    diagnostics.Report(new SourceLocation(template.File), BriefCodes.OverPageBudget, message);
                    return new BriefOutput(null, diagnostics.Items, layout.PageCount);
                }

                diagnostics.Report(new SourceLocation(template.File), BriefCodes.OverPageBudgetAllowed, message);
            }

            return new BriefOutput(pdf, diagnostics.Items, layout.PageCount);
        }
        catch (MissingGlyphException e)
        {
            diagnostics.Report(Holding(dossier, template, inputs, e.CodePoint), BriefCodes.Unprintable, e.Message);
            return new BriefOutput(null, diagnostics.Items, 0);
        }
        catch (Exception e) when (e is FontNotFoundException or FontFileException)
        {
            diagnostics.Report(new SourceLocation(template.File), BriefCodes.Unprintable, e.Message);
            return new BriefOutput(null, diagnostics.Items, 0);
        }
        catch (LayoutLimitException e)
        {
            var raise = e.LimitName is { } name ? $" ({LimitText.HowToRaise(name, e.Limit)})" : string.Empty;
            diagnostics.Report(new SourceLocation(inputs.WorkbookFileName), BriefCodes.LayoutLimit, e.Message.TrimEnd('.') + raise);
            return new BriefOutput(null, diagnostics.Items, 0);
        }
    }

    // A character no font has is the workbook's when one of its cells holds it (reported at the first), else the
    // template's (its header, footer or watermark text).
    private static SourceLocation Holding(Dossier dossier, BriefTemplate template, BuildInputs inputs, int codePoint) =>
        DossierTexts.Holding(dossier, inputs.Locations ?? FieldLocations.ForFile(inputs.WorkbookFileName), codePoint)
        ?? new SourceLocation(template.File);

    /// <summary>Composes the brief and lays it out. The layout engine prints the pages who's who refers to, laying out
    /// again until they hold.</summary>
    public static (BriefResult Result, LayoutResult? Layout) Lay(Dossier dossier, BriefTemplate template, BriefOptions options, BuildInputs inputs)
    {
        var result = BriefBuild.Compose(dossier, template, options, inputs);
        return (result, result.Document is null ? null : DocumentLayout.Run(result.Document));
    }

    // A brief that may not run over its budget is laid out no further than this many pages past it: the shipped handout
    // over a 100,000-claim record would otherwise lay out some 7,000 pages only to be refused. A lower --limit pages wins.
    internal const int PagesPastBudget = 50;

    private static int? LayoutBound(BriefTemplate template, BriefOptions options) =>
        template.PageBudget is { } budget && !template.AllowOverflow && budget + PagesPastBudget < options.Limits.Pages
            ? budget + PagesPastBudget
            : null;

    // How far over, and what would bring this template's brief within its budget: only the advice that applies to it.
    // When the layout stopped at its bound, the count is a floor ("more than 52 pages").
    private static string OverBudget(BriefTemplate template, int pages, int budget, bool atLeast)
    {
        var over = pages - budget;
        var shortForms = template.Sections.Any(s => s is Sections.Stances.StanceTablesSpec { Text: Sections.Stances.StatementText.Short });
        var advice = new List<string>
        {
            shortForms ? "write shorter Short Forms in the Claims sheet" : "print each statement's Short Form (stance-tables: { text: short })",
            template.Filters.KeyOnly ? "mark fewer statements Key" : "mark fewer statements Key and set filters: { key-only: true } in the template",
        };
        if (!template.AllowOverflow)
        {
            advice.Add("set allow-overflow: true to print the longer brief");
        }

        var ending = template.AllowOverflow ? "; the template allows overflow, so the longer brief is written" : string.Empty;
        var more = atLeast ? "more than " : string.Empty;
        return $"the brief takes {more}{pages} pages, {more}{over} {(over == 1 ? "page" : "pages")} over the {budget} that the template '{template.Name}' budgets. "
            + $"Statements are never cut to fit: {string.Join(", or ", advice)}{ending}";
    }
}

/// <summary>A built brief: the PDF's bytes (null when an error stopped it), every diagnostic, and its page count.</summary>
public sealed record BriefOutput(byte[]? Pdf, IReadOnlyList<Diagnostic> Diagnostics, int PageCount)
{
    public bool Success => Pdf is not null;
}
