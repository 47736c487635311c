using BriefBuilder.Cli.Output;
using BriefBuilder.Composition.Templates;
using BriefBuilder.Layout.Document;
using BriefBuilder.Workbooks;

namespace BriefBuilder.Cli.Limits;

/// <summary>One limit as `--limit NAME=N` names it: what it bounds, its value in a set of limits, and how to set it.</summary>
public sealed record LimitSetting(string Name, string Bounds, Func<InputLimits, long> Value, Func<InputLimits, long, InputLimits> With)
{
    /// <summary>Every limit, in the order the README lists them.</summary>
    public static IReadOnlyList<LimitSetting> All { get; } =
    [
        Read(ReadLimits.FileBytesName, "bytes of a workbook file", l => l.FileBytes, (l, n) => l with { FileBytes = n }),
        Read(ReadLimits.PartBytesName, "bytes of one part of a workbook, inflated", l => l.PartBytes, (l, n) => l with { PartBytes = n }),
        Read(ReadLimits.TotalBytesName, "bytes of all parts of a workbook, inflated", l => l.TotalBytes, (l, n) => l with { TotalBytes = n }),
        Read(ReadLimits.CompressionRatioName, "how many times a part over 1 MiB may inflate", l => l.CompressionRatio, (l, n) => l with { CompressionRatio = Int(n) }),
        Read(ReadLimits.RowsName, "the last row number a sheet may use", l => l.Rows, (l, n) => l with { Rows = Int(n) }),
        Read(ReadLimits.ColumnsName, "the last column a sheet may use", l => l.Columns, (l, n) => l with { Columns = Int(n) }),
        Read(ReadLimits.CellsName, "cells with a value on one sheet", l => l.Cells, (l, n) => l with { Cells = Int(n) }),
        Read(ReadLimits.CellCharactersName, "characters in one cell", l => l.CellCharacters, (l, n) => l with { CellCharacters = Int(n) }),
        Read(ReadLimits.MergedCellsName, "cells covered by merged ranges on one sheet", l => l.MergedCells, (l, n) => l with { MergedCells = n }),
        Template(TemplateLimits.FileBytesName, "bytes of a template file", l => l.FileBytes, (l, n) => l with { FileBytes = n }),
        Template(TemplateLimits.DepthName, "how deep a template's mappings and lists nest", l => l.Depth, (l, n) => l with { Depth = Int(n) }),
        Template(TemplateLimits.AliasesName, "uses of YAML aliases in a template", l => l.Aliases, (l, n) => l with { Aliases = Int(n) }),
        Template(TemplateLimits.FontBytesName, "bytes of a font file a template names", l => l.FontBytes, (l, n) => l with { FontBytes = n }),
        Layout(LayoutLimits.ParagraphCharactersName, "characters in one paragraph, label or table cell", l => l.ParagraphCharacters, (l, n) => l with { ParagraphCharacters = Int(n) }),
        Layout(LayoutLimits.PagesName, "pages in one brief", l => l.Pages, (l, n) => l with { Pages = Int(n) }),
        new(DiagnosticCap.Name, "diagnostics of one code printed", l => l.DiagnosticsPerCode, (l, n) => l with { DiagnosticsPerCode = Int(n) }),
    ];

    private static int Int(long n) => (int)Math.Min(n, int.MaxValue);

    private static LimitSetting Read(string name, string bounds, Func<ReadLimits, long> value, Func<ReadLimits, long, ReadLimits> with) =>
        new(name, bounds, l => value(l.Read), (l, n) => l with { Read = with(l.Read, n) });

    private static LimitSetting Template(string name, string bounds, Func<TemplateLimits, long> value, Func<TemplateLimits, long, TemplateLimits> with) =>
        new(name, bounds, l => value(l.Template), (l, n) => l with { Template = with(l.Template, n) });

    private static LimitSetting Layout(string name, string bounds, Func<LayoutLimits, long> value, Func<LayoutLimits, long, LayoutLimits> with) =>
        new(name, bounds, l => value(l.Layout), (l, n) => l with { Layout = with(l.Layout, n) });
}
