using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout;
using BriefBuilder.Layout.Document;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Briefs;

/// <summary>How a brief with <c>fit: statements</c> comes within its page budget: the most statements that fit, found by
/// laying out (without writing) briefs of fewer, chosen as <see cref="StatementFit"/> says.</summary>
internal static class BudgetFit
{
    // A brief fitted to its budget is first composed of at most this many statements a page: a record with more is
    // fitted from below that, never composing every statement (the handout over 100,000 of them), and one with fewer
    // is composed whole, laid out, and fitted only when it runs over.
    internal const int FirstTryPerPage = 40;

    // The brief to lay out, and the fitted brief when the record is far longer than the budget: the first try of
    // FirstTryPerPage statements a page runs over, and a fit below it is found, or none is, down to one statement
    // (unfittable). Otherwise (a first try that fits, a record within it) the whole brief and no fit.
    public static (BriefResult Result, BriefResult? Fit, bool Unfittable) First(Dossier dossier, BriefTemplate template, BriefOptions options, BuildInputs inputs)
    {
        if (template is not { FitStatements: true, AllowOverflow: false, PageBudget: { } budget })
        {
            return (BriefBuild.Compose(dossier, template, options, inputs), null, false);
        }

        var first = BriefBuild.Compose(dossier, template, options, inputs, budget * FirstTryPerPage);
        if (first is { Document: { } document, Context.Selection: { IsFitted: true } selection } && !Fits(document, budget))
        {
            var fit = Search(dossier, template, options, inputs, budget, selection.Claims.Count, Math.Max(1, selection.Claims.Count / 2));
            return (first, fit, fit is null);
        }

        return first.Context?.Selection.IsFitted == true ? (BriefBuild.Compose(dossier, template, options, inputs), null, false) : (first, null, false);
    }

    // The brief of the most statements that fits the budget, found by laying out (without writing) briefs of fewer:
    // a first guess, then halving the bracket between the most known to fit and the fewest known not to (`count`).
    // Columns balanced across pages make the page count not quite monotonic in the statements (one fewer can end a
    // column lower down), so a few counts above the one found are tried too. Null when not even one fits.
    public static BriefResult? Search(Dossier dossier, BriefTemplate template, BriefOptions options, BuildInputs inputs, int budget, int count, int probe)
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
}
