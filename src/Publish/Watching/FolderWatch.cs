using System.Threading.Channels;

namespace Publish.Watching;

/// <summary>
/// Watches one folder (and everything under it) for changes that matter. A folder that is deleted
/// and made again (a `git checkout`, a tool that regenerates it) is a new folder to the kernel,
/// and a watch on the old one hears nothing more: so the parent is watched for the folder's name
/// too, and the watch is renewed — with a change reported — whenever the folder reappears or the
/// watcher reports an error (its event buffer overflowed, the folder went away).
/// </summary>
internal sealed class FolderWatch : IDisposable
{
    private readonly string _folder;
    private readonly Func<string, bool> _matters;
    private readonly ChannelWriter<string> _events;
    private readonly FileSystemWatcher? _parent;
    private readonly Lock _gate = new();
    private FileSystemWatcher? _watcher;
    private bool _disposed;

    public FolderWatch(string folder, Func<string, bool> matters, ChannelWriter<string> events)
    {
        _folder = Path.TrimEndingDirectorySeparator(folder);
        _matters = matters;
        _events = events;
        _watcher = Create();
        if (Path.GetDirectoryName(_folder) is { } parent && Directory.Exists(parent))
        {
            _parent = new FileSystemWatcher(parent, Path.GetFileName(_folder)) { NotifyFilter = NotifyFilters.DirectoryName };
            _parent.Created += (_, _) => Renew();
            _parent.Renamed += (_, e) => { if (e.FullPath == _folder) Renew(); };
            _parent.EnableRaisingEvents = true;
        }
    }

    private FileSystemWatcher? Create()
    {
        if (!Directory.Exists(_folder)) return null;
        var watcher = new FileSystemWatcher(_folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void OnEvent(object? sender, FileSystemEventArgs e)
        {
            if (_matters(e.FullPath)) _events.TryWrite(e.FullPath);
        }
        watcher.Changed += OnEvent;
        watcher.Created += OnEvent;
        watcher.Deleted += OnEvent;
        watcher.Renamed += (s, e) => { if (_matters(e.FullPath) || _matters(e.OldFullPath)) _events.TryWrite(e.FullPath); };
        watcher.Error += (_, _) => Renew();
        try { watcher.EnableRaisingEvents = true; }
        catch (Exception e) when (e is IOException or ArgumentException or FileNotFoundException)
        {
            watcher.Dispose();
            return null;
        }
        return watcher;
    }

    private void Renew()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _watcher?.Dispose();
            _watcher = Create();
        }
        _events.TryWrite(_folder);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _watcher?.Dispose();
            _parent?.Dispose();
        }
    }
}
