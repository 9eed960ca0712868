namespace Publish;

/// <summary>
/// The outputs of one input, committed together: each is written to its own temporary file, and
/// only <see cref="Commit"/> renames them all into place — after the whole input succeeded. A
/// build that fails (an error, a <c>--strict</c> warning, an exception, running out of memory)
/// disposes the set, which deletes the temporaries and leaves every previous output whole.
/// </summary>
internal sealed class OutputSet : IDisposable
{
    private readonly List<(string Temp, string Target)> _pending = [];
    private readonly Lock _gate = new();

    /// <summary>Writes one output into its temporary file; the target is not touched.</summary>
    public void Write(string path, Action<Stream> write)
    {
        var temp = OutputFile.TempFor(path, Interlocked.Increment(ref s_next));
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: false);
            }
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        lock (_gate) _pending.Add((temp, path));
    }

    /// <summary>The targets written so far, in order.</summary>
    public IReadOnlyList<string> Targets { get { lock (_gate) return [.. _pending.Select(p => p.Target)]; } }

    /// <summary>Renames every temporary over its target (one rename each, so the window in which a set is mixed is microseconds).</summary>
    public IReadOnlyList<string> Commit()
    {
        lock (_gate)
        {
            foreach (var (temp, target) in _pending) File.Move(temp, target, overwrite: true);
            var done = _pending.Select(p => p.Target).ToList();
            _pending.Clear();
            return done;
        }
    }

    /// <summary>Deletes whatever was not committed.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var (temp, _) in _pending) TryDelete(temp);
            _pending.Clear();
        }
    }

    private static void TryDelete(string path)
    {
        try { if (File.Exists(path)) File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    // Several builds in one process (--jobs) may write into one folder: a process-wide serial
    // keeps their temporaries apart.
    private static int s_next;
}
