namespace BriefBuilder.Workbooks;

/// <summary>How much of a workbook the reader will take before it stops with a message: each limit is checked before
/// the work it protects. The defaults pass any real dossier (a 100,000-claim workbook is about 70 MB of XML) and refuse a
/// hostile file in a second or two.</summary>
public sealed record ReadLimits
{
    public static ReadLimits Default { get; } = new();

    // The names `--limit NAME=N` knows each limit by; messages quote them so that a user sees how to raise one.
    public const string FileBytesName = "file-bytes";
    public const string PartBytesName = "part-bytes";
    public const string TotalBytesName = "total-bytes";
    public const string CompressionRatioName = "compression-ratio";
    public const string RowsName = "rows";
    public const string ColumnsName = "columns";
    public const string CellsName = "cells";
    public const string CellCharactersName = "cell-characters";
    public const string MergedCellsName = "merged-cells";

    /// <summary>Bytes of the workbook file itself, as stored (compressed).</summary>
    public long FileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Bytes of one part (a sheet, the shared strings) once inflated, as the zip's directory declares them.</summary>
    public long PartBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Bytes of all parts together once inflated.</summary>
    public long TotalBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>How many times larger than its compressed form a part of more than a mebibyte may be: spreadsheet XML
    /// compresses about 10 to 1, a zip bomb over 1,000 to 1.</summary>
    public int CompressionRatio { get; init; } = 100;

    /// <summary>The highest row number a sheet may use (Excel's own last row).</summary>
    public int Rows { get; init; } = 1_048_576;

    /// <summary>The highest column a sheet may use (Excel's own last column, XFD).</summary>
    public int Columns { get; init; } = 16_384;

    /// <summary>Cells with a value on one sheet.</summary>
    public int Cells { get; init; } = 2_000_000;

    /// <summary>Characters in one cell. Excel itself stops at 32,767; other programs do not.</summary>
    public int CellCharacters { get; init; } = 2_000_000;

    /// <summary>Cells covered by merged ranges on one sheet, counted by area before any is spread.</summary>
    public long MergedCells { get; init; } = 1_000_000;
}
