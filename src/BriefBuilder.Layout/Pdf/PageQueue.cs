using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using BriefBuilder.Layout.Layout;

namespace BriefBuilder.Layout.Pdf;

/// <summary>Hands painted pages to the PDF writer on a thread of its own, in order, so writing a page (content stream,
/// deflate, structure) overlaps laying out the next. One consumer keeps the file's bytes the same as writing in line;
/// a bounded queue keeps only a few pages in memory. A page must not be touched once it is added.</summary>
internal sealed class PageQueue : IDisposable
{
    // Enough to ride out a page that is slow to write, few enough that memory stays a handful of pages.
    private const int Capacity = 8;
    private readonly BlockingCollection<PageCanvas> _pages = new(Capacity);
    private readonly Thread _consumer;
    private ExceptionDispatchInfo? _failure;

    public PageQueue(Action<PageCanvas> write)
    {
        _consumer = new Thread(() => Consume(write)) { IsBackground = true, Name = "PDF page writer" };
        _consumer.Start();
    }

    public void Add(PageCanvas page) => _pages.Add(page);

    /// <summary>Waits until every page added is written; rethrows what writing one threw.</summary>
    public void Complete()
    {
        Stop();
        _failure?.Throw();
    }

    public void Dispose()
    {
        Stop();
        _pages.Dispose();
    }

    private void Stop()
    {
        if (!_pages.IsAddingCompleted)
        {
            _pages.CompleteAdding();
        }

        _consumer.Join();
    }

    // After a failure the queue is still drained (unwritten), so the layout thread never waits on a full queue.
    private void Consume(Action<PageCanvas> write)
    {
        foreach (var page in _pages.GetConsumingEnumerable())
        {
            if (_failure is not null)
            {
                continue;
            }

            try
            {
                write(page);
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }
        }
    }
}
