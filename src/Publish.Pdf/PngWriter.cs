using Publish.Layout.Paged;
using Publish.Pdf.Drawing;
using Publish.Pdf.Fonts;
using SkiaSharp;

namespace Publish.Pdf;

/// <summary>Draws pages into PNG images through Skia (<see cref="PageDrawer"/>), from the same page items as the PDF.</summary>
public static class PngWriter
{
    /// <summary>Renders each page and hands its PNG bytes to <paramref name="write"/> with the page index.</summary>
    public static void Write(PagedDocument document, double dpi, Action<int, byte[]> write)
    {
        var scale = (float)(dpi / 72.0);
        // A raster needs no subsetting: nothing is embedded.
        using var fonts = DocumentFonts.For(document);
        using var drawer = new PageDrawer(fonts);
        for (var index = 0; index < document.Pages.Count; index++)
        {
            var page = document.Pages[index];
            var width = Math.Max(1, (int)Math.Round(page.MediaWidth * scale));
            var height = Math.Max(1, (int)Math.Round(page.MediaHeight * scale));
            using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
            var canvas = surface.Canvas;
            canvas.Clear(SKColors.White); // opaque pages: the PNG is RGB, a quarter smaller
            canvas.Scale(scale);
            drawer.Draw(page, canvas);
            canvas.Flush();
            using var image = surface.Snapshot();
            using var png = image.Encode(SKEncodedImageFormat.Png, 100);
            write(index, png.ToArray());
        }
    }
}
