using Publish.Layout.Paged;
using Publish.Pdf;
using SkiaSharp;

namespace Publish.Cli.Tests;

/// <summary>
/// Reference page images under <c>tests/ref/</c> (Typst's habit): a page is drawn at 72 dpi in
/// grey and compared with its reference, pixel by pixel, with a tolerance for anti-aliasing. A
/// deliberate change is accepted by drawing the references again: <c>PUBLISH_REFRESH_REF=1</c>.
/// </summary>
internal static class ReferenceImages
{
    public const string RefreshVariable = "PUBLISH_REFRESH_REF";
    public const double Dpi = 72;

    // A pixel has visibly changed when its grey differs by more than a quarter of the range:
    // anti-aliasing differences between Skia or FreeType versions stay well below that.
    private const int ChangedLevel = 64;
    // One word set differently changes ~100–300 pixels of a page at 72 dpi; rounding of a glyph
    // edge here and there changes a few. 0.01% of a page (~50 pixels on A4) lies between.
    private const double ChangedFraction = 0.0001;

    public static string Folder => Repository.Path("tests/ref");

    public static string RefreshCommand =>
        $"{RefreshVariable}=1 dotnet test --project tests/Publish.Cli.Tests -- --filter-class '*ReferenceImageTests*'";

    /// <summary>Draws page <paramref name="pageIndex"/> of <paramref name="document"/> and compares it with <c>tests/ref/NAME.png</c>.</summary>
    public static void Check(string name, PagedDocument document, int pageIndex)
    {
        using var actual = Draw(document, pageIndex);
        var path = Path.Combine(Folder, name + ".png");
        if (Environment.GetEnvironmentVariable(RefreshVariable) == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllBytes(path, Encode(actual));
            return;
        }
        Assert.True(File.Exists(path), $"no reference image {path}; draw it with: {RefreshCommand}");
        using var expected = Gray(SKBitmap.Decode(path));
        var changed = Changed(expected, actual, out var diff);
        var allowed = (int)(ChangedFraction * actual.Width * actual.Height);
        if (changed <= allowed && expected.Width == actual.Width && expected.Height == actual.Height) return;

        var outDir = Directory.CreateTempSubdirectory("publish-ref-").FullName;
        File.WriteAllBytes(Path.Combine(outDir, name + "-actual.png"), Encode(actual));
        if (diff is not null) { File.WriteAllBytes(Path.Combine(outDir, name + "-diff.png"), Encode(diff)); diff.Dispose(); }
        Assert.Fail($"page '{name}' no longer looks like tests/ref/{name}.png: {Describe(expected, actual, changed, allowed)}. " +
            $"Look at {outDir} ({name}-actual.png, and {name}-diff.png where black marks changed pixels); " +
            $"if the change is meant, refresh the references and commit them: {RefreshCommand}");
    }

    private static string Describe(SKBitmap expected, SKBitmap actual, int changed, int allowed) =>
        expected.Width != actual.Width || expected.Height != actual.Height
            ? $"the page is {actual.Width}×{actual.Height} px, the reference {expected.Width}×{expected.Height}"
            : $"{changed} pixels changed by more than {ChangedLevel} grey levels (at most {allowed} allowed)";

    private static SKBitmap Draw(PagedDocument document, int pageIndex)
    {
        byte[]? png = null;
        PngWriter.Write(document with { Pages = [document.Pages[pageIndex] with { Index = 0 }] }, Dpi, (_, bytes) => png = bytes);
        return Gray(SKBitmap.Decode(png!));
    }

    // Grey as luma (Rec. 601 weights) in 16 levels: text pages are grey anyway, and a grey PNG of
    // few levels is a fraction of the size (an A4 page of text: 61 KB in 256 levels); a change
    // this test must see moves pixels by far more than one level (17).
    private const int GreyStep = 17;

    private static SKBitmap Gray(SKBitmap colour)
    {
        using (colour)
        {
            var gray = new SKBitmap(new SKImageInfo(colour.Width, colour.Height, SKColorType.Gray8, SKAlphaType.Opaque));
            var pixels = gray.GetPixelSpan();
            for (var y = 0; y < colour.Height; y++)
                for (var x = 0; x < colour.Width; x++)
                {
                    var c = colour.GetPixel(x, y);
                    var luma = 0.299 * c.Red + 0.587 * c.Green + 0.114 * c.Blue;
                    pixels[y * gray.RowBytes + x] = (byte)(Math.Round(luma / GreyStep) * GreyStep);
                }
            return gray;
        }
    }

    private static byte[] Encode(SKBitmap bitmap)
    {
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>How many pixels differ visibly; <paramref name="diff"/> shows them black on white (null when the sizes differ).</summary>
    private static int Changed(SKBitmap expected, SKBitmap actual, out SKBitmap? diff)
    {
        diff = null;
        if (expected.Width != actual.Width || expected.Height != actual.Height) return int.MaxValue;
        diff = new SKBitmap(new SKImageInfo(actual.Width, actual.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        var a = expected.GetPixelSpan();
        var b = actual.GetPixelSpan();
        var d = diff.GetPixelSpan();
        var changed = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var delta = Math.Abs(a[i] - b[i]);
            if (delta > ChangedLevel) changed++;
            d[i] = (byte)(255 - delta);
        }
        return changed;
    }
}
