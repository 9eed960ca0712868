using System.Security.Cryptography;
using Publish.Model;
using SkiaSharp;

namespace Publish.Images;

/// <summary>
/// Images for reading on a screen (EPUB, HTML): a raster image larger than e-readers display is
/// scaled down and re-encoded — opaque pictures as JPEG or PNG, whichever is smaller, translucent
/// ones as PNG — and kept only when that makes the file smaller. Smaller images, SVG and
/// anything that does not decode are kept as they are. The PDF is not affected (it keeps full
/// resolution unless <c>--image-dpi</c> says otherwise).
/// </summary>
internal static class ScreenImageFitting
{
    /// <summary>
    /// Longest side of an image in the text: e-reader screens are 1,072–1,872 px tall (Kindle
    /// Paperwhite 1,648, Kobo Libra 1,680, Clara 1,448), so 1,800 px is sharp on all of them.
    /// </summary>
    public const int MaxSide = 1800;

    /// <summary>Longest side of the cover: stores ask for 2,560 px on the long side.</summary>
    public const int MaxCoverSide = 2560;

    /// <summary>JPEG quality for downscaled pictures: below 85, scans of engravings show ringing around lines.</summary>
    private const int JpegQuality = 85;

    public static Document Fit(Document document)
    {
        var replaced = new Dictionary<string, Resource>(StringComparer.Ordinal);
        foreach (var (key, resource) in document.Resources.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var limit = key == document.Metadata.CoverImage ? MaxCoverSide : MaxSide;
            if (Math.Max(resource.PixelWidth, resource.PixelHeight) <= limit || resource.MediaType == "image/svg+xml") continue;
            if (Downscaled(resource, limit) is { } smaller) replaced[key] = smaller;
        }
        if (replaced.Count == 0) return document;
        var resources = document.Resources.ToDictionary(r => replaced.TryGetValue(r.Key, out var n) ? n.Key : r.Key,
            r => replaced.GetValueOrDefault(r.Key) ?? r.Value, StringComparer.Ordinal);
        var rewritten = new SourceRewriter(replaced).Rewrite(document);
        var cover = document.Metadata.CoverImage is { } c && replaced.TryGetValue(c, out var newCover) ? newCover.Key : document.Metadata.CoverImage;
        return rewritten with { Resources = resources, Metadata = rewritten.Metadata with { CoverImage = cover } };
    }

    private static Resource? Downscaled(Resource resource, int limit)
    {
        using var original = SKBitmap.Decode(resource.Data);
        if (original is null) return null;
        var scale = (double)limit / Math.Max(original.Width, original.Height);
        var info = new SKImageInfo(Math.Max(1, (int)Math.Round(original.Width * scale)), Math.Max(1, (int)Math.Round(original.Height * scale)),
            SKColorType.Rgba8888, original.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        using var resized = original.Resize(info, new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (resized is null) return null;
        using var image = SKImage.FromBitmap(resized);
        var opaque = original.AlphaType == SKAlphaType.Opaque || IsOpaque(resized);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        using var jpeg = opaque ? image.Encode(SKEncodedImageFormat.Jpeg, JpegQuality) : null;
        var (data, extension, mediaType) = jpeg is not null && jpeg.Size < png.Size
            ? (jpeg.ToArray(), "jpg", "image/jpeg") : (png.ToArray(), "png", "image/png");
        if (data.Length >= resource.Data.Length) return null;
        var hash = Convert.ToHexStringLower(SHA256.HashData(data))[..16];
        return new Resource($"images/{hash}.{extension}", mediaType, data, info.Width, info.Height);
    }

    private static bool IsOpaque(SKBitmap bitmap)
    {
        var pixels = bitmap.GetPixelSpan();
        for (var i = 3; i < pixels.Length; i += 4)
            if (pixels[i] != 255) return false;
        return true;
    }

    private sealed class SourceRewriter(Dictionary<string, Resource> replaced) : Rewriter
    {
        protected override IEnumerable<Inline> RewriteInline(Inline inline) =>
            inline is Image image && replaced.TryGetValue(image.Source, out var resource) ? [image with { Source = resource.Key }] : [inline];
    }
}
