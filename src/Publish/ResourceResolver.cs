using System.Security.Cryptography;
using Publish.Model;

namespace Publish;

/// <summary>
/// Reads every image the document names, once, confined to the project: the input's folder (the
/// book root for books), after resolving symlinks. Remote URLs are never fetched (the build is
/// offline). An image that cannot be embedded becomes its alt text, with a warning.
/// </summary>
public sealed class ResourceResolver : Rewriter
{
    private readonly string _root;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, Resource> _resources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Resource?> _byPath = new(StringComparer.Ordinal);

    private ResourceResolver(string root, DiagnosticBag diagnostics) { _root = root; _diagnostics = diagnostics; }

    public static Document Resolve(Document document, string input, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(input);
        var root = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
        var resolver = new ResourceResolver(RealPath(root), diagnostics);
        var resolved = resolver.Rewrite(document);
        var metadata = resolved.Metadata;
        if (metadata.CoverImage is { } cover)
        {
            var span = new SourceSpan(document.SourcePath, 1, 1);
            var resource = resolver.Load(cover, span, Path.Combine(root, "x"));
            metadata = metadata with { CoverImage = resource?.Key };
        }
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
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ftp" or "data")
        {
            _diagnostics.Warning("PUB0401", $"remote image '{Shorten(source)}' is not fetched (builds are offline); its alt text is used instead", span);
            return null;
        }
        var relative = Uri.UnescapeDataString(source.Split('#', '?')[0]);
        var folder = citingFile.Length > 0 ? Path.GetDirectoryName(Path.GetFullPath(citingFile))! : _root;
        var path = Path.GetFullPath(Path.Combine(folder, relative));
        if (_byPath.TryGetValue(path, out var known)) return known;
        var resource = LoadFile(path, source, span);
        _byPath[path] = resource;
        return resource;
    }

    private Resource? LoadFile(string path, string source, SourceSpan span)
    {
        if (!File.Exists(path))
        {
            _diagnostics.Warning("PUB0402", $"image '{source}' not found", span);
            return null;
        }
        var real = RealPath(path);
        if (!IsInside(real, _root))
        {
            _diagnostics.Error("PUB0403", $"image '{source}' resolves outside the project folder and is refused", span,
                "resources must live inside the input's folder (or the book's root)");
            return null;
        }
        byte[] data;
        try { data = File.ReadAllBytes(real); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Warning("PUB0404", $"image '{source}' cannot be read: {e.Message}", span);
            return null;
        }
        var info = ImageInfo.Sniff(data);
        if (info is null)
        {
            _diagnostics.Warning("PUB0405", $"image '{source}' is not a PNG, JPEG or GIF image (or is corrupt) and is left out", span);
            return null;
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(data))[..16];
        var key = $"images/{hash}.{info.Extension}";
        if (!_resources.TryGetValue(key, out var resource))
        {
            resource = new Resource(key, info.MediaType, data, info.Width, info.Height);
            _resources[key] = resource;
        }
        return resource;
    }

    private static string Shorten(string s) => s.Length > 80 ? s[..77] + "..." : s;

    private static bool IsInside(string path, string root) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symlink along it resolved, so a link cannot lead out of the project.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            for (var hops = 0; hops < 40; hops++)
            {
                FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
                if (info.LinkTarget is null) break;
                next = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(next)!, info.LinkTarget));
            }
            current = next;
        }
        return current;
    }
}

/// <summary>Type and pixel size read from an image file's header, without decoding it.</summary>
public sealed record ImageInfo(string MediaType, string Extension, int Width, int Height)
{
    public static ImageInfo? Sniff(ReadOnlySpan<byte> d)
    {
        if (d.Length > 24 && d[0] == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G')
            return new("image/png", "png", BigEndian(d[16..20]), BigEndian(d[20..24]));
        if (d.Length > 10 && d[0] == 'G' && d[1] == 'I' && d[2] == 'F')
            return new("image/gif", "gif", d[6] | d[7] << 8, d[8] | d[9] << 8);
        if (d.Length > 4 && d[0] == 0xFF && d[1] == 0xD8)
        {
            var i = 2;
            while (i + 9 < d.Length)
            {
                if (d[i] != 0xFF) { i++; continue; }
                var marker = d[i + 1];
                if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7) or 0xFF) { i += marker == 0xFF ? 1 : 2; continue; }
                var length = d[i + 2] << 8 | d[i + 3];
                if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                {
                    int h = d[i + 5] << 8 | d[i + 6], w = d[i + 7] << 8 | d[i + 8];
                    return w > 0 && h > 0 ? new("image/jpeg", "jpg", w, h) : null;
                }
                i += 2 + length;
            }
        }
        return null;
    }

    private static int BigEndian(ReadOnlySpan<byte> b) => b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3];
}
