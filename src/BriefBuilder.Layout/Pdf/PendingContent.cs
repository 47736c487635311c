using System.Buffers;

namespace BriefBuilder.Layout.Pdf;

/// <summary>Page content streams painted and not yet written, in page order. The page writer writes each a few pages
/// after painting it, and meanwhile a thread that waits for the writer (the layout's, while the page queue is full) may
/// deflate one, the largest part of writing it. Who deflates a stream changes nothing in the file: the writer writes
/// each one itself, at the same point, whoever deflated it.</summary>
internal sealed class PendingContent(PdfFile file)
{
    // Pages painted ahead of their content stream: room for a helper to take one while the writer paints the next.
    private const int Window = 8;

    private readonly Queue<Content> _pending = new(Window + 1);
    private readonly Lock _gate = new();

    /// <summary>Keeps a page's content (copied) to be written as stream object <paramref name="number"/>; writes the oldest
    /// ones past the window.</summary>
    public void Add(int number, ReadOnlySpan<byte> content)
    {
        lock (_gate)
        {
            _pending.Enqueue(new Content(number, content));
        }

        while (_pending.Count > Window)
        {
            WriteOldest();
        }
    }

    /// <summary>Writes every content stream still waiting, in page order.</summary>
    public void WriteAll()
    {
        while (_pending.Count > 0)
        {
            WriteOldest();
        }
    }

    /// <summary>Deflates the oldest content no one has taken yet; false when there is none. Safe on any thread.</summary>
    public bool HelpOnce()
    {
        Content? untaken = null;
        lock (_gate)
        {
            foreach (var content in _pending)
            {
                if (content.Take())
                {
                    untaken = content;
                    break;
                }
            }
        }

        untaken?.Deflate();
        return untaken is not null;
    }

    private void WriteOldest()
    {
        Content oldest;
        lock (_gate)
        {
            oldest = _pending.Dequeue();
        }

        if (oldest.Take())
        {
            oldest.Deflate();
        }

        file.StreamDeflated(oldest.Number, oldest.Deflated());
        oldest.Return();
    }

    /// <summary>One page's content: its bytes until deflated, then the deflated bytes until written (both lent by the
    /// shared array pool).</summary>
    private sealed class Content
    {
        [ThreadStatic]
        private static MemoryStream? _buffer;

        private byte[]? _bytes;
        private int _length;
        private int _taken;
        private bool _done;

        public Content(int number, ReadOnlySpan<byte> content)
        {
            Number = number;
            _bytes = ArrayPool<byte>.Shared.Rent(content.Length);
            _length = content.Length;
            content.CopyTo(_bytes);
        }

        public int Number { get; }

        /// <summary>Claims the deflating for the caller; false when another has claimed it.</summary>
        public bool Take() => Interlocked.Exchange(ref _taken, 1) == 0;

        public void Deflate()
        {
            var deflated = Deflation.Deflate(_bytes.AsSpan(0, _length), _buffer ??= new MemoryStream());
            var kept = ArrayPool<byte>.Shared.Rent(deflated.Length);
            deflated.CopyTo(kept);
            ArrayPool<byte>.Shared.Return(_bytes!);
            lock (this)
            {
                (_bytes, _length, _done) = (kept, deflated.Length, true);
                Monitor.PulseAll(this);
            }
        }

        /// <summary>The deflated bytes, once whoever took the deflating has done it.</summary>
        public ReadOnlySpan<byte> Deflated()
        {
            lock (this)
            {
                while (!_done)
                {
                    Monitor.Wait(this);
                }

                return _bytes.AsSpan(0, _length);
            }
        }

        public void Return()
        {
            ArrayPool<byte>.Shared.Return(_bytes!);
            _bytes = null;
        }
    }
}
