namespace BriefBuilder.Composition.Bibliography.Sorting;

/// <summary>
/// A reference list sort key: fields compared in order (author, date, title...), each a list of words;
/// an absent field sorts after every present one (CSL 1.0.2, "Sorting").
/// </summary>
internal sealed record EntrySortKey(IReadOnlyList<IReadOnlyList<string>?> Fields) : IComparable<EntrySortKey>
{
    public int CompareTo(EntrySortKey? other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < Math.Min(Fields.Count, other.Fields.Count); i++)
        {
            var order = (Fields[i], other.Fields[i]) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                var (mine, theirs) => SortCollation.CompareWords(mine, theirs),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }
}
