namespace BriefBuilder.Layout.Pdf;

/// <summary>A list that only grows, held in blocks of a fixed size. A document has hundreds of thousands of objects and
/// structure kids: a list of them doubles its array as it grows, copying it each time and leaving the old one, large,
/// to the collector; blocks are never copied, and each is small enough to stay off the large object heap.</summary>
internal sealed class BlockList<T>
{
    // 2,048 entries of at most 16 bytes: 32 KiB a block, under the large object heap's 85,000 bytes.
    private const int BlockSize = 2048;
    private readonly List<T[]> _blocks = [];

    public int Count { get; private set; }

    public ref T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return ref _blocks[index / BlockSize][index % BlockSize];
        }
    }

    /// <summary>Adds an entry; returns its index.</summary>
    public int Add(T entry)
    {
        if (Count % BlockSize == 0)
        {
            _blocks.Add(new T[BlockSize]);
        }

        _blocks[^1][Count % BlockSize] = entry;
        return Count++;
    }
}
