namespace BriefBuilder.Cli.Watching;

/// <summary>Waits for a file being saved to be whole: its size and time unchanged over a moment, and openable for reading
/// (Excel holds a file it is writing for itself). A file that does not settle is read anyway, and the reader says what
/// is wrong with it.</summary>
public static class SettledFile
{
    public static async Task WaitAsync(string path, TimeSpan step, int attempts, CancellationToken cancel)
    {
        var last = State(path);
        for (var i = 0; i < attempts; i++)
        {
            await Task.Delay(step, cancel).ConfigureAwait(false);
            var now = State(path);
            if (now is not null && now == last && Readable(path))
            {
                return;
            }

            last = now;
        }
    }

    private static (long Length, DateTime Written)? State(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : null;
    }

    private static bool Readable(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
