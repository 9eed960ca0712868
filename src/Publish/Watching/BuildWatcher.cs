using System.Threading.Channels;

namespace Publish.Watching;

/// <summary>
/// <c>publish build --watch</c>: builds once, then again whenever a file under the watched folders
/// changes — debounced, so an editor's save (often several events) causes one rebuild. Events
/// inside the output folder and for temporary files are ignored, or each build would trigger the
/// next. Outputs are written atomically, so a failed rebuild leaves the last good outputs in place.
/// </summary>
internal sealed class BuildWatcher
{
    private readonly IReadOnlyList<string> _folders;
    private readonly string _outputFolder;
    private readonly TimeSpan _debounce;
    private readonly TimeProvider _time;

    public BuildWatcher(IEnumerable<string> folders, string outputFolder, TimeSpan debounce, TimeProvider? time = null)
    {
        _folders = folders.Select(Path.GetFullPath).Where(Directory.Exists).Distinct(StringComparer.Ordinal).ToList();
        _outputFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        _debounce = debounce;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The folders a build of <paramref name="input"/> depends on: its own (the book's) and the theme's, when that is a path.</summary>
    public static IReadOnlyList<string> FoldersFor(string input, string? theme)
    {
        var full = Path.GetFullPath(input);
        var folders = new List<string> { Directory.Exists(full) ? full : Path.GetDirectoryName(full)! };
        if (theme is not null && File.Exists(theme)) folders.Add(Path.GetDirectoryName(Path.GetFullPath(theme))!);
        return folders;
    }

    /// <summary>
    /// Calls <paramref name="build"/> once, then after every debounced change, until cancelled.
    /// <paramref name="changed"/> hears which file set off each rebuild.
    /// </summary>
    public async Task RunAsync(Action build, CancellationToken cancellation, Action<string>? changed = null)
    {
        var events = Channel.CreateUnbounded<string>();
        var watchers = _folders.Select(folder => Watch(folder, events.Writer)).ToList();
        try
        {
            build();
            while (!cancellation.IsCancellationRequested)
            {
                var first = await events.Reader.ReadAsync(cancellation).ConfigureAwait(false);
                await Quiet(events.Reader, cancellation).ConfigureAwait(false);
                changed?.Invoke(first);
                build();
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var watcher in watchers) watcher.Dispose();
        }
    }

    /// <summary>Waits until no event has arrived for the debounce time, swallowing the burst.</summary>
    private async Task Quiet(ChannelReader<string> events, CancellationToken cancellation)
    {
        while (true)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            var wait = Task.Delay(_debounce, _time, timeout.Token);
            var next = events.WaitToReadAsync(timeout.Token).AsTask();
            var winner = await Task.WhenAny(wait, next).ConfigureAwait(false);
            await timeout.CancelAsync().ConfigureAwait(false);
            cancellation.ThrowIfCancellationRequested();
            if (winner == wait) return;
            while (events.TryRead(out _)) { }
        }
    }

    private FolderWatch Watch(string folder, ChannelWriter<string> events) => new(folder, Matters, events);

    private bool Matters(string path)
    {
        if (path.StartsWith(_outputFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || path == _outputFolder) return false;
        var name = Path.GetFileName(path);
        // Our own atomic-write temporaries and editors' swap and backup files.
        return !(name.EndsWith(".tmp", StringComparison.Ordinal) || name.EndsWith(".swp", StringComparison.Ordinal)
            || name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal));
    }
}
