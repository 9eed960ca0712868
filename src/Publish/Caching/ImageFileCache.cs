using Publish.Infrastructure;
using Publish.Model;

namespace Publish.Caching;

/// <summary>
/// Images read by earlier builds, by real path: reused while the file keeps its size and
/// modification time, so a rebuild neither reads, sniffs nor hashes an unchanged image again.
/// Only images that were read without a problem, and that the last build used, are kept.
/// </summary>
internal sealed class ImageFileCache
{
    private readonly LastBuildCache<string, (long Length, DateTime Modified, Resource Resource)> _images = new(StringComparer.Ordinal);

    /// <summary>Images the last build took from the cache.</summary>
    public int Reused { get; private set; }

    internal void Begin()
    {
        _images.StartBuild();
        Reused = 0;
    }

    /// <summary>Keeps only the images this build used.</summary>
    internal void End() => _images.EndBuild();

    internal Resource? Find(string path)
    {
        if (!_images.TryGet(path, out var kept)) return null;
        if (Stamp(path) != (kept.Length, kept.Modified)) return null;
        _images.Keep(path, kept);
        Reused++;
        return kept.Resource;
    }

    /// <summary>Keeps a resource read from <paramref name="path"/>, with the file's stamp from before it was read.</summary>
    internal void Keep(string path, (long Length, DateTime Modified) before, Resource resource) =>
        _images.Keep(path, (before.Length, before.Modified, resource));

    /// <summary>What tells a changed file: its size and modification time (-1 for a missing file).</summary>
    internal static (long Length, DateTime Modified) Stamp(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? (file.Length, file.LastWriteTimeUtc) : (-1, default);
    }
}
