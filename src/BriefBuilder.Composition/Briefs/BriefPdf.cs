using BriefBuilder.Composition.Filtering;
using BriefBuilder.Composition.Sections;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Diagnostics;
using BriefBuilder.Layout;
using BriefBuilder.Layout.Fonts;
using BriefBuilder.Layout.Results;
using BriefBuilder.Layout.Text;
using BriefBuilder.Records;

namespace BriefBuilder.Composition.Briefs;

/// <summary>Builds a brief's PDF: composes, lays out, and composes again with the pages where anchors landed
/// (who's who lists them) until they settle; then checks the page budget.</summary>
public static class BriefPdf
{
    public const string PageBudgetCode = "BRF002";
    public const string FontCode = "BRF003";
    public const string LayoutWarningCode = "BRF004";
    private const int MaxPasses = 4;

    /// <summary>The PDF's bytes, or no bytes and the errors that stopped the build; warnings either way.</summary>
    public static BriefOutput Build(Dossier dossier, BriefTemplate template, BriefOptions options, BuildInputs inputs)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            var (result, layout) = Settle(dossier, template, options, inputs);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Document is null || layout is null)
            {
                return new BriefOutput(null, diagnostics.Items, 0);
            }

            var here = new SourceLocation(inputs.WorkbookFileName);
            foreach (var warning in layout.Warnings)
            {
                diagnostics.Warning(here, LayoutWarningCode, warning);
            }

            if (template.PageBudget is { } budget && layout.PageCount > budget)
            {
                diagnostics.Warning(
                    new SourceLocation(template.File),
                    PageBudgetCode,
                    $"the brief takes {layout.PageCount} pages; the template '{template.Name}' budgets {budget}");
            }

            // The settled layout is the one written: the document is not laid out again.
            return new BriefOutput(PdfWriter.ToBytes(result.Document, layout), diagnostics.Items, layout.PageCount);
        }
        catch (Exception e) when (e is MissingGlyphException or FontNotFoundException)
        {
            diagnostics.Error(new SourceLocation(template.File), FontCode, e.Message);
            return new BriefOutput(null, diagnostics.Items, 0);
        }
    }

    /// <summary>Composes and lays out until the page of every anchor is the one the composition assumed. While they move,
    /// only the places are found (nothing to draw is recorded); the composition they settle on is laid out once, its
    /// table of contents starting from the pages the last placing found.</summary>
    public static (BriefResult Result, LayoutResult? Layout) Settle(Dossier dossier, BriefTemplate template, BriefOptions options, BuildInputs inputs)
    {
        var pages = PageMap.Empty;
        var result = BriefBuild.Compose(dossier, template, options, inputs, pages);
        LayoutHints? start = null;
        var refersToPages = template.Sections.Any(s => s is WhosWhoSpec);
        for (var pass = 0; refersToPages && pass < MaxPasses && result.Document is not null; pass++)
        {
            var places = PdfWriter.Place(result.Document, start);
            start = places.Hints;
            var landed = new PageMap(places.Anchors.ToDictionary(a => a.Key, a => a.Value.Page, StringComparer.Ordinal));
            if (landed.SameAs(pages))
            {
                break;
            }

            pages = landed;
            result = BriefBuild.Compose(dossier, template, options, inputs, pages);
        }

        return (result, result.Document is null ? null : PdfWriter.Layout(result.Document, start));
    }
}

/// <summary>A built brief: the PDF's bytes (null when an error stopped it), every diagnostic, and its page count.</summary>
public sealed record BriefOutput(byte[]? Pdf, IReadOnlyList<Diagnostic> Diagnostics, int PageCount)
{
    public bool Success => Pdf is not null;
}
