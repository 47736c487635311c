using System.Collections;

namespace BriefBuilder.Records;

/// <summary>The source IDs of a list of citations, read through rather than copied, so a record changed with `with`
/// never holds a stale copy.</summary>
internal sealed class CitedSourceIds(IReadOnlyList<Citation> citations) : IReadOnlyList<string>
{
    public int Count => citations.Count;

    public string this[int index] => citations[index].SourceId;

    public IEnumerator<string> GetEnumerator()
    {
        foreach (var citation in citations)
        {
            yield return citation.SourceId;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
