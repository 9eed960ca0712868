using Publish.Infrastructure;
using System.Security.Cryptography;
using Publish.Caching;
using Publish.Images;
using Publish.Model;

namespace Publish;

/// <summary>
/// Reads every image the document names, once, confined to the project: the input's folder (the
/// book root for books) or the theme's folder, after resolving symlinks. Remote URLs are never
/// fetched (the build is offline). An image that cannot be embedded becomes its alt text.
/// </summary>
internal sealed class ResourceResolver : Rewriter
{
    private readonly string _root;
    private readonly ProjectScope _scope;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, Resource> _resources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Resource?> _byPath = new(StringComparer.Ordinal);
    private readonly ImageFileCache? _cache;

    private ResourceResolver(string root, ProjectScope scope, DiagnosticBag diagnostics, ImageFileCache? cache)
    {
        _root = root;
        _scope = scope;
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
        var root = ProjectScope.RootOf(input);
        // Both the path as written and its real location count as the project: a project that
        // itself lives behind a symlink is still the project.
        var scope = new ProjectScope([root, .. extraRoots ?? []]);
        var resolver = new ResourceResolver(root, scope, diagnostics, cache);
        // Looking is cheaper than rebuilding: a text without images stays as it is.
        var images = false;
        NodeWalker.Walk(document.Blocks, node => images |= node is Image);
        var resolved = images ? resolver.Rewrite(document) : document;
        var metadata = resolved.Metadata;
        if (metadata.CoverImage is { } cover)
        {
            var span = new SourceSpan(document.SourcePath, 1, 1);
            var resource = resolver.Load(cover, span, Directory.Exists(input) ? Path.Combine(root, "book.yaml") : Path.GetFullPath(input));
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
        if (DataUri.Is(source)) return LoadData(source, span);
        var relative = Uri.UnescapeDataString(source.Split('#', '?')[0]);
        // A file path already inside the project (a theme naming its own files) stands as it is.
        if (relative.StartsWith('/') && !relative.StartsWith("//", StringComparison.Ordinal) && !_scope.Contains(Path.GetFullPath(relative)))
        {
            // Site generators write "/images/x.png" for the site's root: here that is the project's root.
            relative = relative.TrimStart('/');
            citingFile = "";
        }
        // "C:" is a drive, not a scheme; anything longer with a scheme is a URL.
        else if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme.Length > 1)
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

    private Resource? LoadData(string source, SourceSpan span)
    {
        var parsed = DataUri.Parse(source);
        if (parsed.Data is null)
        {
            _diagnostics.Report(DiagnosticCatalog.DataUriRefused, $"data: image {parsed.Problem}; its alt text is used instead", span,
                $"save the image as a file in the project and refer to it by path (data: URIs are for PNG, JPEG, GIF, WebP or SVG up to {DataUri.MaxBytes / (1024 * 1024)} MB)");
            return null;
        }
        return FromBytes(parsed.Data, "data: URI", span);
    }

    private Resource? LoadFile(string path, string source, SourceSpan span)
    {
        var check = _scope.Check(path, FileKind.Image);
        switch (check.Refusal)
        {
            case FileRefusal.Outside:
                _diagnostics.Report(DiagnosticCatalog.ImageOutsideProject, $"image {check.Reason(Shorten(source), FileKind.Image)}", span,
                    "resources must live inside the input's folder (the book's root for books) or the theme's folder");
                return null;
            case FileRefusal.Missing:
                _diagnostics.Report(DiagnosticCatalog.ImageNotFound, $"image '{Shorten(source)}' not found", span,
                    source.StartsWith('/') ? "a path starting with '/' is relative to the project's root (the book folder, or the input's folder)"
                        : "check the path: it is relative to the file that names the image");
                return null;
            case FileRefusal.None:
                break;
            default:
                _diagnostics.Report(DiagnosticCatalog.ImageUnreadable, $"image {check.Reason(Shorten(source), FileKind.Image)}; its alt text is used instead", span);
                return null;
        }
        var real = check.RealPath;
        if (_cache?.Find(real) is { } known) return _resources.TryAdd(known.Key, known) ? known : _resources[known.Key];
        var before = ImageFileCache.Stamp(real); // before reading: a write during the read makes the next build read again
        var read = _scope.Read(path, FileKind.Image);
        if (read.Data is not { } data)
        {
            _diagnostics.Report(DiagnosticCatalog.ImageUnreadable, $"image {read.Reason(Shorten(source), FileKind.Image)}; its alt text is used instead", span);
            return null;
        }
        var resource = FromBytes(data, source, span);
        if (resource is not null) _cache?.Keep(real, before, resource);
        return resource;
    }

    /// <summary>The image as a resource in a format every output can carry, or null (reported) when it is none.</summary>
    private Resource? FromBytes(byte[] data, string source, SourceSpan span)
    {
        var prepared = ImagePreparation.Prepare(data);
        if (prepared.Info is null)
        {
            _diagnostics.Report(DiagnosticCatalog.ImageFormatUnsupported, $"image '{Shorten(source)}' {WhyRefused(data)} and is left out", span,
                "re-export the image as PNG or JPEG");
            return null;
        }
        foreach (var note in prepared.Notes)
            _diagnostics.Report(note.Code, $"image '{Shorten(source)}': {note.Message}", span, note.Hint);
        var info = prepared.Info;
        var hash = Convert.ToHexStringLower(SHA256.HashData(prepared.Data))[..16];
        var key = $"images/{hash}.{info.Extension}";
        if (!_resources.TryGetValue(key, out var resource))
        {
            resource = new Resource(key, info.MediaType, prepared.Data, info.Width, info.Height);
            _resources[key] = resource;
        }
        return resource;
    }

    // Raster formats other than PNG, JPEG and GIF (WebP) and SVG are read by ImagePreparation;
    // what is left is corrupt, another format, or a decompression bomb (ImageInfo says which).
    private static string WhyRefused(byte[] data) =>
        ImageInfo.Sniff(data) is null && ImageInfo.WhyRefused(data).StartsWith("is not", StringComparison.Ordinal)
            ? "is not a PNG, JPEG, GIF, WebP or SVG image (or is corrupt)"
            : ImageInfo.WhyRefused(data);

    private static string Shorten(string s) => s.Length > 80 ? s[..77] + "..." : s;

    /// <summary>The path with every symlink along it resolved, so a link cannot lead out of the project.</summary>
    public static string RealPath(string path) => ProjectScope.RealPath(path);
}
