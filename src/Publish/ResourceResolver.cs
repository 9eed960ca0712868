using System.Security.Cryptography;
using Publish.Caching;
using Publish.Model;

namespace Publish;

/// <summary>
/// Reads every image the document names, once, confined to the project: the input's folder (the
/// book root for books) or the theme's folder, after resolving symlinks. Remote URLs are never
/// fetched (the build is offline). An image that cannot be embedded becomes its alt text.
/// </summary>
public sealed class ResourceResolver : Rewriter
{
    private readonly string _root;
    private readonly IReadOnlyList<string> _roots;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, Resource> _resources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Resource?> _byPath = new(StringComparer.Ordinal);
    private readonly ImageFileCache? _cache;

    private ResourceResolver(string root, IReadOnlyList<string> roots, DiagnosticBag diagnostics, ImageFileCache? cache)
    {
        _root = root;
        _roots = roots;
        _diagnostics = diagnostics;
        _cache = cache;
    }

    /// <summary>
    /// Replaces every image path by a resource key (or by its alt text when it cannot be embedded).
    /// <paramref name="extraRoots"/> are further folders resources may come from (the theme's);
    /// <paramref name="cache"/> holds images earlier builds read (watch mode).
    /// </summary>
    public static Document Resolve(Document document, string input, DiagnosticBag diagnostics, IEnumerable<string>? extraRoots = null,
        ImageFileCache? cache = null)
    {
        cache?.Begin();
        var full = Path.GetFullPath(input);
        var root = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
        // Both the path as written and its real location count as the project: a project that
        // itself lives behind a symlink is still the project.
        var roots = new[] { root }.Concat(extraRoots ?? [])
            .SelectMany(r => new[] { Path.GetFullPath(r), RealPath(r) })
            .Distinct(StringComparer.Ordinal).ToList();
        var resolver = new ResourceResolver(root, roots, diagnostics, cache);
        // Looking is cheaper than rebuilding: a text without images stays as it is.
        var images = false;
        NodeWalker.Walk(document.Blocks, node => images |= node is Image);
        var resolved = images ? resolver.Rewrite(document) : document;
        var metadata = resolved.Metadata;
        if (metadata.CoverImage is { } cover)
        {
            var span = new SourceSpan(document.SourcePath, 1, 1);
            var resource = resolver.Load(cover, span, Path.Combine(root, "book.yaml"));
            metadata = metadata with { CoverImage = resource?.Key };
        }
        cache?.End();
        return resolved with { Metadata = metadata, Resources = resolver._resources };
    }

    protected override IEnumerable<Inline> RewriteInline(Inline inline)
    {
        if (inline is not Image image) return [inline];
        var resource = Load(image.Source, image.Span, image.Span.File);
        if (resource is null) return image.Alt.Length > 0 ? [new Text(image.Alt) { Span = image.Span }] : [];
        return [image with { Source = resource.Key }];
    }

    private Resource? Load(string source, SourceSpan span, string citingFile)
    {
        var relative = Uri.UnescapeDataString(source.Split('#', '?')[0]);
        // "C:" is a drive, not a scheme; anything longer with a scheme is a URL.
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme.Length > 1)
        {
            if (uri.Scheme != Uri.UriSchemeFile)
            {
                _diagnostics.Report(DiagnosticCatalog.RemoteImage, $"remote image '{Shorten(source)}' is not fetched (builds are offline); its alt text is used instead", span,
                    "download the image into the project folder and refer to it by a relative path");
                return null;
            }
            relative = uri.LocalPath;
        }
        if (relative.Length == 0 || relative.Contains('\0'))
        {
            _diagnostics.Report(DiagnosticCatalog.ImageNotFound, $"image '{Shorten(source)}' is not a usable path", span);
            return null;
        }
        var folder = citingFile.Length > 0 ? Path.GetDirectoryName(Path.GetFullPath(citingFile))! : _root;
        var path = Path.GetFullPath(Path.Combine(folder, relative));
        if (_byPath.TryGetValue(path, out var known)) return known;
        var resource = LoadFile(path, source, span);
        _byPath[path] = resource;
        return resource;
    }

    private Resource? LoadFile(string path, string source, SourceSpan span)
    {
        // Refuse by the path as written before touching the file system, so a build never even
        // reveals whether a file outside the project exists; then again after resolving links.
        if (!IsConfined(path) || (File.Exists(path) && !IsConfined(RealPath(path))))
        {
            _diagnostics.Report(DiagnosticCatalog.ImageOutsideProject, $"image '{Shorten(source)}' resolves outside the project folder and is refused", span,
                "resources must live inside the input's folder (the book's root for books) or the theme's folder");
            return null;
        }
        if (!File.Exists(path))
        {
            _diagnostics.Report(DiagnosticCatalog.ImageNotFound, $"image '{Shorten(source)}' not found", span, "check the path: it is relative to the file that names the image");
            return null;
        }
        var real = RealPath(path);
        if (_cache?.Find(real) is { } known) return _resources.TryAdd(known.Key, known) ? known : _resources[known.Key];
        var before = ImageFileCache.Stamp(real); // before reading: a write during the read makes the next build read again
        byte[] data;
        try { data = File.ReadAllBytes(real); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Report(DiagnosticCatalog.ImageUnreadable, $"image '{Shorten(source)}' cannot be read: {e.Message}", span);
            return null;
        }
        var info = ImageInfo.Sniff(data);
        if (info is null)
        {
            _diagnostics.Report(DiagnosticCatalog.ImageFormatUnsupported, $"image '{Shorten(source)}' is not a PNG, JPEG or GIF image (or is corrupt) and is left out", span,
                "re-export the image as PNG or JPEG");
            return null;
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(data))[..16];
        var key = $"images/{hash}.{info.Extension}";
        if (!_resources.TryGetValue(key, out var resource))
        {
            resource = new Resource(key, info.MediaType, data, info.Width, info.Height);
            _resources[key] = resource;
        }
        _cache?.Keep(real, before, resource);
        return resource;
    }

    private bool IsConfined(string path) => _roots.Any(root => IsInside(path, root));

    private static string Shorten(string s) => s.Length > 80 ? s[..77] + "..." : s;

    private static bool IsInside(string path, string root) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symlink along it resolved, so a link cannot lead out of the project.</summary>
    public static string RealPath(string path)
    {
        // One budget of link expansions for the whole walk, as the kernel's MAXSYMLINKS: a cycle
        // (a → b → a) ends when it runs out, and no chain of links costs more than 40 steps.
        var budget = 40;
        return RealPath(Path.GetFullPath(path), ref budget);
    }

    private static string RealPath(string full, ref int budget)
    {
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            while (budget > 0)
            {
                FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
                if (info.LinkTarget is null) break;
                budget--;
                // The target's own folders may be links too.
                next = RealPath(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(next)!, info.LinkTarget)), ref budget);
            }
            current = next;
        }
        return current;
    }
}
