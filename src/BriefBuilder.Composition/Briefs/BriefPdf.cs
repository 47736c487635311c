using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Localization;
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
    /// <summary>Reads what composing with this template will read whatever the workbook holds (the words of the language
    /// the template or the options name), so that a caller can do it while the workbook is read.</summary>
    public static void ReadAhead(BriefTemplate template, BriefOptions options)
    {
        if ((options.Language ?? template.Language) is { } code)
        {
            _ = BriefLanguage.Find(code);
        }
    }

    /// <summary>Reads, before the template is known, the words of the language a build most likely uses: the one the
    /// options name, else English, which every shipped template names.</summary>
    public static void ReadLanguageAhead(BriefOptions options) => _ = options.Language is { } code ? BriefLanguage.Find(code) : BriefLanguage.English;

    /// <summary>The file's bytes, or no bytes and the errors that stopped the build; warnings either way.
    /// <paramref name="stage"/> hears "composing" and "laying out" as each begins, and <paramref name="pageWritten"/> how
    /// many pages are written as each one is, for a progress display.</summary>
    public static BriefOutput Build(Dossier dossier, BriefTemplate template, BriefOptions options, BuildInputs inputs, IOutputFormat? format = null, Action<string>? stage = null, Action<int>? pageWritten = null)
    {
        using var file = new MemoryStream();
        var built = Write(dossier, template, options, inputs, file, format, stage, pageWritten);
        return built.Success ? built with { Pdf = file.ToArray() } : built;
    }

    /// <summary>Builds the brief into <paramref name="output"/> as its pages are laid out, so the file is never held in
    /// memory. When the result is not a success (an error, a brief over its page budget) what was written is no brief:
    /// the caller throws it away. A brief fitted to its budget is written again over the first, so the stream must be
    /// one that can be emptied (a file, memory).</summary>
    public static BriefOutput Write(Dossier dossier, BriefTemplate template, BriefOptions options, BuildInputs inputs, Stream output, IOutputFormat? format = null, Action<string>? stage = null, Action<int>? pageWritten = null)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            stage?.Invoke("composing");
            var (result, fit, unfittable) = BudgetFit.First(dossier, template, options, inputs);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Document is null)
            {
                return BriefOutput.Failed(diagnostics.Items, 0);
            }

            if (unfittable)
            {
                diagnostics.Report(new SourceLocation(template.File), BriefCodes.OverPageBudget,
                    $"even one of its statements makes the brief longer than the {template.PageBudget} pages that the template '{template.Name}' budgets (fit: statements). {Advice(template)}");
                return BriefOutput.Failed(diagnostics.Items, 0);
            }

            // Laid out and written together: pages go to the file as they are painted.
            stage?.Invoke("laying out");
            var bound = LayoutBound(template, options);
            LayoutResult? layout = null;
            try
            {
                var document = fit?.Document ?? (bound is { } limit ? result.Document with { Limits = result.Document.Limits with { Pages = limit } } : result.Document);
                layout = (format ?? PdfFormat.Default).Write(document, output, pageWritten);
            }
            catch (LayoutLimitException e) when (e.LimitName == LayoutLimits.PagesName && e.Limit == bound)
            {
                // Over the bound: the brief takes more pages than the bound, which is all the fit needs to know.
            }

            var pages = layout?.PageCount ?? bound!.Value + 1;
            if (fit is null && template.PageBudget is { } budget && pages > budget && template.FitStatements)
            {
                var count = result.Context!.Selection.Claims.Count;
                fit = BudgetFit.Search(dossier, template, options, inputs, budget, count, Math.Clamp(count * budget / pages, 1, Math.Max(1, count - 1)));
                if (fit?.Document is { } fitted)
                {
                    // The brief written first runs over its budget: the fitted one takes its place in the stream.
                    output.SetLength(0);
                    layout = (format ?? PdfFormat.Default).Write(fitted, output, pageWritten);
                }
            }

            if (fit?.Context?.Selection is { } shown)
            {
                diagnostics.Report(new SourceLocation(template.File), BriefCodes.FittedToBudget,
                    $"the brief shows {shown.Claims.Count} of its {shown.Chosen.Count} statements, to fit the {template.PageBudget} pages that the template '{template.Name}' budgets (fit: statements); it says so above them");
            }

            if (layout is null)
            {
                diagnostics.Report(new SourceLocation(template.File), BriefCodes.OverPageBudget, OverBudget(template, bound!.Value, template.PageBudget!.Value, atLeast: true));
                return BriefOutput.Failed(diagnostics.Items, 0);
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

            if (template.PageBudget is { } most && layout.PageCount > most)
            {
                var message = OverBudget(template, layout.PageCount, most, atLeast: false);
                if (!template.AllowOverflow)
                {
                    diagnostics.Report(new SourceLocation(template.File), BriefCodes.OverPageBudget, message);
                    return BriefOutput.Failed(diagnostics.Items, layout.PageCount);
                }

                diagnostics.Report(new SourceLocation(template.File), BriefCodes.OverPageBudgetAllowed, message);
            }

            return new BriefOutput(true, diagnostics.Items, layout.PageCount, layout.FileLength);
        }
        catch (MissingGlyphException e)
        {
            diagnostics.Report(Holding(dossier, template, inputs, e.CodePoint), BriefCodes.Unprintable, e.Message);
            return BriefOutput.Failed(diagnostics.Items, 0);
        }
        catch (Exception e) when (e is FontNotFoundException or FontFileException)
        {
            diagnostics.Report(new SourceLocation(template.File), BriefCodes.Unprintable, e.Message);
            return BriefOutput.Failed(diagnostics.Items, 0);
        }
        catch (LayoutLimitException e)
        {
            var raise = e.LimitName is { } name ? $" ({LimitText.HowToRaise(name, e.Limit)})" : string.Empty;
            diagnostics.Report(new SourceLocation(inputs.WorkbookFileName), BriefCodes.LayoutLimit, e.Message.TrimEnd('.') + raise);
            return BriefOutput.Failed(diagnostics.Items, 0);
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

    // A brief that may not overflow its budget is laid out no further than this many pages past it before it is refused
    // or fitted: the shipped handout over a 100,000-claim record would otherwise lay out some 7,000 pages first. A lower
    // --limit pages wins.
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
        var more = atLeast ? "more than " : string.Empty;
        return $"the brief takes {more}{pages} pages, {more}{over} {(over == 1 ? "page" : "pages")} over the {budget} that the template '{template.Name}' budgets. "
            + Advice(template);
    }

    private static string Advice(BriefTemplate template)
    {
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
        return $"Statements are never cut to fit: {string.Join(", or ", advice)}{ending}";
    }
}

/// <summary>A built brief: whether it was made (false when an error stopped it), every diagnostic, its page count and
/// its file's length; the file's bytes too when built into memory.</summary>
public sealed record BriefOutput(bool Success, IReadOnlyList<Diagnostic> Diagnostics, int PageCount, long Bytes = 0)
{
    public byte[]? Pdf { get; init; }

    /// <summary>No brief: an error stopped it.</summary>
    public static BriefOutput Failed(IReadOnlyList<Diagnostic> diagnostics, int pageCount) => new(false, diagnostics, pageCount);
}
