using System.Globalization;
using System.IO.Compression;
using BriefBuilder.Diagnostics;

namespace BriefBuilder.Workbooks.Opening;

/// <summary>Checks a package's size from its zip directory, before anything is inflated: each part's size and its
/// compression ratio, and the parts' total. The directory could lie, but a part's stream never yields more than the
/// size the directory declares for it (the runtime's inflater stops there), so a lie only cuts the part short, which
/// the XML reader then reports as damage.</summary>
internal static class PackageSize
{
    // Small parts are left out of the ratio check: a few kilobytes of repeated markup can compress very well and cost nothing.
    private const long RatioCheckedFrom = 1024 * 1024;

    public static void Check(IReadOnlyList<ZipArchiveEntry> entries, ReadLimits limits)
    {
        var total = 0L;
        foreach (var entry in entries)
        {
            var size = entry.Length;
            if (size > limits.PartBytes)
            {
                throw new LimitExceededException(Format(
                    $"the part {entry.FullName} inflates to {size:N0} bytes, more than one part may ({LimitText.HowToRaise(ReadLimits.PartBytesName, limits.PartBytes)})"));
            }

            var ratio = size / (double)Math.Max(1, entry.CompressedLength);
            if (size >= RatioCheckedFrom && ratio > limits.CompressionRatio)
            {
                throw new LimitExceededException(Format(
                    $"the part {entry.FullName} inflates {ratio:N0} times, from {entry.CompressedLength:N0} to {size:N0} bytes, as zip bombs do; spreadsheets compress about 10 times ({LimitText.HowToRaise(ReadLimits.CompressionRatioName, limits.CompressionRatio)})"));
            }

            total += size;
            if (total > limits.TotalBytes)
            {
                throw new LimitExceededException(Format(
                    $"the workbook's parts inflate to more than {total:N0} bytes together ({LimitText.HowToRaise(ReadLimits.TotalBytesName, limits.TotalBytes)})"));
            }
        }
    }

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
