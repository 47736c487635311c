using BriefBuilder.Cli.Output;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Document;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Cli.Limits;

/// <summary>Every limit a command works within: the workbook reader's, the template loader's and the layout's.</summary>
public sealed record InputLimits(ReadLimits Read, TemplateLimits Template, LayoutLimits Layout)
{
    public static InputLimits Default { get; } = new(ReadLimits.Default, TemplateLimits.Default, LayoutLimits.Default);

    /// <summary>Diagnostics of one code printed; the rest are counted in one more line.</summary>
    public int DiagnosticsPerCode { get; init; } = DiagnosticCap.Default;
}
