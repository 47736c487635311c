using System.Runtime.ExceptionServices;
using BriefBuilder.Layout.Layout;

namespace BriefBuilder.Layout.Output;

/// <summary>Hands painted pages to a format's page writer on a thread of its own, in order, so writing a page (content stream,
/// deflate, structure) overlaps laying out the next. One consumer keeps the file's bytes the same as writing in line;
/// a bounded queue keeps only a few pages in memory. Both sides sleep rather than spin while they wait: on two cores a
/// spinning producer takes the core the writer needs, and a producer that finds the queue full first does what of the
/// writer's work it can do out of turn (deflating a page's content). A page must not be touched once it is added.</summary>
internal sealed class PageQueue : IDisposable
{
    // Enough to ride out a page that is slow to write, few enough that memory stays a handful of pages.
    private const int Capacity = 8;
    private readonly Queue<PageCanvas> _pages = new(Capacity);
    // A plain object: Monitor.Wait and Pulse need monitor locking, which System.Threading.Lock does not offer.
    private readonly object _gate = new();
    private readonly Thread _consumer;
    private readonly Func<bool> _help;
    private bool _completed;
    private ExceptionDispatchInfo? _failure;

    /// <param name="write">Writes a page, on the queue's own thread.</param>
    /// <param name="help">Does one piece of the writer's work on the adding thread; false when there is none.</param>
    public PageQueue(Action<PageCanvas> write, Func<bool> help)
    {
        _help = help;
        _consumer = new Thread(() => Consume(write)) { IsBackground = true, Name = "Page writer" };
        _consumer.Start();
    }

    public void Add(PageCanvas page)
    {
        while (true)
        {
            lock (_gate)
            {
                if (_pages.Count < Capacity)
                {
                    _pages.Enqueue(page);
                    Monitor.PulseAll(_gate);
                    return;
                }
            }

            // Full: help the writer rather than wait for it, or wait when there is nothing to help with (the writer
            // pulses as it takes a page, and the queue is looked at again before waiting, so no pulse is missed).
            if (_failure is null && _help())
            {
                continue;
            }

            lock (_gate)
            {
                if (_pages.Count >= Capacity)
                {
                    Monitor.Wait(_gate);
                }
            }
        }
    }

    /// <summary>Waits until every page added is written; rethrows what writing one threw.</summary>
    public void Complete()
    {
        Stop();
        _failure?.Throw();
    }

    public void Dispose() => Stop();

    private void Stop()
    {
        lock (_gate)
        {
            _completed = true;
            Monitor.PulseAll(_gate);
        }

        _consumer.Join();
    }

    // After a failure the queue is still drained (unwritten), so the layout thread never waits on a full queue.
    private void Consume(Action<PageCanvas> write)
    {
        while (true)
        {
            PageCanvas page;
            lock (_gate)
            {
                while (_pages.Count == 0 && !_completed)
                {
                    Monitor.Wait(_gate);
                }

                if (_pages.Count == 0)
                {
                    return;
                }

                page = _pages.Dequeue();
                Monitor.PulseAll(_gate);
            }

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
