namespace BriefBuilder.Layout.Layout.Table;

/// <summary>The page rule for a table's ends: a table over pages leaves no lone band at either end. Its last page holds
/// at least two (one moves over to join the last), and its first part, when something stands above it on the page,
/// too (else it moves whole). A split band, a part at a page's top and a table of one band are left as they are.</summary>
internal static class TableEnds
{
    /// <summary>The bands placed on this page once the rule is applied; <paramref name="used"/> loses the height of
    /// those taken off. <paramref name="firstPart"/> says the table begins on this page.</summary>
    public static List<BandPlacement> KeepTwo(List<BandPlacement> bands, int bandCount, bool firstPart, bool atPageTop, ref double used)
    {
        if (bands.Count == 0 || bands[^1].Split || bands[^1].Band == bandCount - 1)
        {
            return bands;
        }

        if (bands[^1].Band == bandCount - 2 && bands.Count >= 2)
        {
            used -= bands[^1].Heights.Sum();
            bands.RemoveAt(bands.Count - 1);
        }

        if (bands.Count == 1 && firstPart && !atPageTop)
        {
            used -= bands[0].Heights.Sum();
            bands.Clear();
        }

        return bands;
    }
}
