using SkiaSharp;

namespace Publish.Pdf.Tests;

/// <summary>
/// The PDF draws what the PNG writer draws: a page rasterised from the PDF by poppler matches
/// the same page rendered by Skia, up to anti-aliasing — so glyph positions, rules, fills and
/// images all land where layout put them.
/// </summary>
public class RasterMatchTests
{
    [Theory]
    [InlineData(1, false, "a title page with a link")]
    [InlineData(2, false, "text with ligatures and kerning, a rule, a fill, a JPEG and a PNG")]
    [InlineData(3, false, "a chapter opening")]
    [InlineData(3, true, "a page with bleed and crop marks")]
    public void A_page_rasterised_from_the_pdf_matches_the_png_writer(int pageNumber, bool bleed, string page)
    {
        var book = Samples.Book(bleed);
        AssertSameRaster(book with { Pages = [book.Pages[pageNumber - 1] with { Index = 0 }] }, page);
    }

    [Fact]
    public void Translucent_colours_and_images_with_alpha_match_the_png_writer()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(40, 40, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        bitmap.Erase(SKColors.Transparent);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = SKColors.DarkGreen })
            canvas.DrawCircle(20, 20, 18, paint);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        var picture = new Layout.Paged.PageImage("images/dot.png", png.ToArray());
        var document = new Layout.Paged.PagedDocument([Samples.Page(0,
            new Layout.Paged.FillItem(new Layout.Paged.Rect(50, 50, 200, 100), new Layout.Paged.Rgba(200, 0, 0, 128)),
            new Layout.Paged.ImageItem(picture, new Layout.Paged.Rect(100, 80, 120, 120), "a dot"),
            new Layout.Paged.RuleItem(40, 300, 300, 300, 4, new Layout.Paged.Rgba(0, 0, 200, 100)))], Samples.Info);

        AssertSameRaster(document, "translucent fill and rule over an image with alpha");
    }

    private static void AssertSameRaster(Layout.Paged.PagedDocument document, string page)
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        Tool.Require("pdftoppm");
        var name = new string(page.Where(char.IsAsciiLetter).Take(24).ToArray());
        var pdf = Samples.SaveTemp(Samples.WritePdf(document), $"raster-{name}.pdf");
        var prefix = Path.ChangeExtension(pdf, null);
        // Thin lines as their shape (not widened to a pixel), as Skia draws them.
        var (exit, output) = Tool.Run("pdftoppm", "-r", "72", "-thinlinemode", "shape", "-singlefile", "-png", pdf, prefix);
        Assert.True(exit == 0, output);
        byte[]? png = null;
        PngWriter.Write(document, 72, (_, bytes) => png = bytes);

        File.WriteAllBytes(prefix + "-skia.png", png!); // beside poppler's, to look at when this fails
        using var fromPdf = SKBitmap.Decode(prefix + ".png");
        using var fromSkia = SKBitmap.Decode(png);
        Assert.Equal((fromSkia.Width, fromSkia.Height), (fromPdf.Width, fromPdf.Height));
        var mean = MeanDifference(fromPdf, fromSkia);
        var strayed = Strayed(fromPdf, fromSkia) + Strayed(fromSkia, fromPdf);
        // Two rasterisers anti-alias edges differently and round image edges to pixels differently,
        // so a pixel may differ from its twin; a glyph, line or picture more than a pixel out of
        // place has no close match anywhere near and shows up as strayed pixels.
        Assert.True(mean < 1.5, $"{page}: mean difference {mean:F2} of 255");
        Assert.True(strayed < 20, $"{page}: {strayed} pixels have no match within a pixel");
    }

    private static double MeanDifference(SKBitmap a, SKBitmap b)
    {
        long total = 0;
        for (var y = 0; y < a.Height; y++)
            for (var x = 0; x < a.Width; x++)
                total += Math.Abs(Grey(a, x, y) - Grey(b, x, y));
        return total / (double)(a.Width * a.Height);
    }

    /// <summary>Pixels of <paramref name="a"/> whose grey level is more than 128 away from every pixel of <paramref name="b"/> within one pixel.</summary>
    private static int Strayed(SKBitmap a, SKBitmap b)
    {
        var strayed = 0;
        for (var y = 0; y < a.Height; y++)
            for (var x = 0; x < a.Width; x++)
            {
                var closest = 255;
                for (var dy = -1; dy <= 1; dy++)
                    for (var dx = -1; dx <= 1; dx++)
                        if (x + dx >= 0 && x + dx < b.Width && y + dy >= 0 && y + dy < b.Height)
                            closest = Math.Min(closest, Math.Abs(Grey(a, x, y) - Grey(b, x + dx, y + dy)));
                if (closest > 128) strayed++;
            }
        return strayed;
    }

    private static int Grey(SKBitmap bitmap, int x, int y) => Grey(bitmap.GetPixel(x, y));

    private static int Grey(SKColor c) => (c.Red * 299 + c.Green * 587 + c.Blue * 114) / 1000;
}
