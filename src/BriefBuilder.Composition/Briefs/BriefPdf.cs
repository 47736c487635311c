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
            var (result, fit, unfittable) = ComposeFirst(dossier, template, options, inputs);
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
                fit = Fit(dossier, template, options, inputs, budget, count, Math.Clamp(count * budget / pages, 1, Math.Max(1, count - 1)));
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

    // A brief fitted to its budget is first composed of at most this many statements a page: a record with more is
    // fitted from below that, never composing every statement (the handout over 100,000 of them), and one with fewer
    // is composed whole, laid out, and fitted only when it runs over.
    internal const int FirstTryPerPage = 40;

    // The brief to lay out, and the fitted brief when the record is far longer than the budget: the first try of
    // FirstTryPerPage statements a page runs over, and a fit below it is found, or none is, down to one statement
    // (unfittable). Otherwise (a first try that fits, a record within it) the whole brief and no fit.
    private static (BriefResult Result, BriefResult? Fit, bool Unfittable) ComposeFirst(Dossier dossier, BriefTemplate template, BriefOptions options, BuildInputs inputs)
    {
        if (template is not { FitStatements: true, AllowOverflow: false, PageBudget: { } budget })
        {
            return (BriefBuild.Compose(dossier, template, options, inputs), null, false);
        }

        var first = BriefBuild.Compose(dossier, template, options, inputs, budget * FirstTryPerPage);
        if (first is { Document: { } document, Context.Selection: { IsFitted: true } selection } && !Fits(document, budget))
        {
            var fit = Fit(dossier, template, options, inputs, budget, selection.Claims.Count, Math.Max(1, selection.Claims.Count / 2));
            return (first, fit, fit is null);
        }

        return first.Context?.Selection.IsFitted == true ? (BriefBuild.Compose(dossier, template, options, inputs), null, false) : (first, null, false);
    }

    // The brief of the most statements that fits the budget, found by laying out (without writing) briefs of fewer:
    // a first guess, then halving the bracket between the most known to fit and the fewest known not to (`count`).
    // Columns balanced across pages make the page count not quite monotonic in the statements (one fewer can end a
    // column lower down), so a few counts above the one found are tried too. Null when not even one fits.
    private static BriefResult? Fit(Dossier dossier, BriefTemplate template, BriefOptions options, BuildInputs inputs, int budget, int count, int probe)
    {
        BriefResult? Fitting(int most)
        {
            var result = BriefBuild.Compose(dossier, template, options, inputs, most);
            return result.Document is not null && Fits(result.Document, budget) ? result : null;
        }

        BriefResult? best = null;
        var (fits, fails) = (0, count);
        while (fails - fits > 1)
        {
            if (Fitting(probe) is { } result)
            {
                (fits, best) = (probe, result);
            }
            else
            {
                fails = probe;
            }

            probe = (fits + fails) / 2;
        }

        for (var more = fits + 2; more < Math.Min(count, fits + 4); more++)
        {
            if (Fitting(more) is { } result)
            {
                (fits, best) = (more, result);
            }
        }

        return best;
    }

    // Laid out no further than the budget: a probe that runs past it does not fit, however long it would have been.
    private static bool Fits(Document document, int budget)
    {
        try
        {
            return DocumentLayout.Run(document with { Limits = document.Limits with { Pages = Math.Min(budget, document.Limits.Pages) } }).PageCount <= budget;
        }
        catch (LayoutLimitException e) when (e.LimitName == LayoutLimits.PagesName)
        {
            return false;
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
