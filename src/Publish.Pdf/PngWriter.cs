using Publish.Layout.Paged;
using Publish.Pdf.Drawing;
using Publish.Pdf.Fonts;
using SkiaSharp;

namespace Publish.Pdf;

/// <summary>Draws pages into PNG images through Skia (<see cref="PageDrawer"/>), from the same page items as the PDF.</summary>
internal static class PngWriter
{
    /// <summary>
    /// A page raster holds at most this many pixels (256 MB as RGBA): a 5000 mm page at 96 dpi
    /// asked Skia for 300 GB and got no surface. Larger pages are drawn at a lower resolution.
    /// </summary>
    public const long MaxPixels = 64L << 20;

    /// <summary>Skia's limit on a side of a raster surface.</summary>
    public const int MaxSide = 32_767;

    /// <summary>
    /// Renders each page and hands its PNG bytes to <paramref name="write"/> with the page index;
    /// <paramref name="downscaled"/> hears of each page drawn below <paramref name="dpi"/>, with the dpi used.
    /// </summary>
    public static void Write(PagedDocument document, double dpi, Action<int, byte[]> write, Action<int, double>? downscaled = null)
    {
        var scale = (float)(dpi / 72.0);
        // A raster needs no subsetting: nothing is embedded.
        using var fonts = DocumentFonts.For(document);
        using var drawer = new PageDrawer(fonts);
        for (var index = 0; index < document.Pages.Count; index++)
        {
            var page = document.Pages[index];
            var pageScale = Fit(page.MediaWidth, page.MediaHeight, scale);
            if (pageScale < scale) downscaled?.Invoke(index, pageScale * 72.0);
            var width = Math.Max(1, (int)Math.Round(page.MediaWidth * pageScale));
            var height = Math.Max(1, (int)Math.Round(page.MediaHeight * pageScale));
            using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque))
                ?? throw new InvalidOperationException($"no {width}×{height} raster could be allocated for page {index + 1}");
            var canvas = surface.Canvas;
            canvas.Clear(SKColors.White); // opaque pages: the PNG is RGB, a quarter smaller
            canvas.Scale(pageScale);
            drawer.Draw(page, canvas);
            canvas.Flush();
            using var image = surface.Snapshot();
            using var png = image.Encode(SKEncodedImageFormat.Png, 100);
            write(index, png.ToArray());
        }
    }

    /// <summary>The scale (pixels per point) a page of this size is drawn at: <paramref name="scale"/>, or less when the raster would pass <see cref="MaxPixels"/> or <see cref="MaxSide"/>.</summary>
    public static float Fit(double width, double height, float scale)
    {
        var pixels = width * scale * height * scale;
        var fit = pixels > MaxPixels ? scale * Math.Sqrt(MaxPixels / pixels) : scale;
        fit = Math.Min(fit, MaxSide / Math.Max(width, height));
        return (float)Math.Min(scale, fit);
    }
}
