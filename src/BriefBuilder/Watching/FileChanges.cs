namespace BriefBuilder.Cli.Watching;

/// <summary>Tells when any of some files is saved: each folder is watched for its files' names (editors often save by
/// writing another file and renaming it over the old one), and a burst of events ends in one signal once the files
/// have been quiet for a moment.</summary>
public sealed class FileChanges : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly SemaphoreSlim _signal = new(0);
    private readonly TimeSpan _quiet;
    private long _lastEvent;

    public FileChanges(IEnumerable<string> files, TimeSpan quiet)
    {
        _quiet = quiet;
        foreach (var group in files.Select(Path.GetFullPath).GroupBy(Path.GetDirectoryName))
        {
            var names = group.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
            var watcher = new FileSystemWatcher(group.Key!)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            FileSystemEventHandler changed = (_, e) => Heard(names.Contains(e.Name ?? string.Empty));
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Renamed += (_, e) => Heard(names.Contains(e.Name ?? string.Empty) || names.Contains(e.OldName ?? string.Empty));
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Waits for a change and then for the files to be quiet; false when cancelled.</summary>
    public async Task<bool> NextAsync(CancellationToken cancel)
    {
        try
        {
            await _signal.WaitAsync(cancel).ConfigureAwait(false);
            while (Environment.TickCount64 - Interlocked.Read(ref _lastEvent) < _quiet.TotalMilliseconds)
            {
                await Task.Delay(_quiet / 4, cancel).ConfigureAwait(false);
            }

            // Events of the burst that arrived meanwhile are part of this change.
            while (_signal.CurrentCount > 0)
            {
                await _signal.WaitAsync(cancel).ConfigureAwait(false);
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        _watchers.ForEach(w => w.Dispose());
        _signal.Dispose();
    }

    private void Heard(bool ours)
    {
        if (ours)
        {
            Interlocked.Exchange(ref _lastEvent, Environment.TickCount64);
            _signal.Release();
        }
    }
}
