using UglyToad.PdfPig;

namespace Publish.Pdf.Tests;

/// <summary>Images reach the PDF as they came; PNG pages show what the PDF shows.</summary>
public class ImageAndRasterTests
{
    [Fact]
    public void Jpeg_is_embedded_byte_for_byte_and_png_as_flate()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var book = Samples.Book();
        using var pdf = PdfDocument.Open(Samples.WritePdf(book));

        var images = pdf.GetPage(2).GetImages().ToList();

        Assert.Equal(2, images.Count);
        var jpeg = book.Pages[1].Items.OfType<Layout.Paged.ImageItem>().First().Image.Data;
        Assert.Contains(images, i => i.RawMemory.ToArray().SequenceEqual(jpeg));
        Assert.Contains(images, i => i.ImageDictionary.ToString().Contains("FlateDecode"));
    }

    [Fact]
    public void Images_are_listed_with_their_encodings()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        Tool.Require("pdfimages");
        var path = Samples.SaveTemp(Samples.WritePdf(Samples.Book()), "images.pdf");

        var (_, output) = Tool.Run("pdfimages", "-list", path);
        var rows = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

        Assert.Equal(["jpeg", "image"], rows.Select(r => r[8]).Order().Reverse());
        Assert.All(rows, r => Assert.Equal(("2", "60", "40"), (r[0], r[3], r[4])));
    }

    [Fact]
    public void Png_pages_have_the_page_size_at_the_requested_resolution()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var pages = new List<(int Index, byte[] Png)>();

        PngWriter.Write(Samples.Book(), 144, (i, png) => pages.Add((i, png)));

        Assert.Equal([0, 1, 2], pages.Select(p => p.Index));
        using var bitmap = SkiaSharp.SKBitmap.Decode(pages[2].Png);
        Assert.Equal((864, 1296), (bitmap.Width, bitmap.Height)); // 432 × 648 pt at 2 px per pt
        Assert.Equal(SkiaSharp.SKColors.White, bitmap.GetPixel(5, 5));
        // Glyphs of "Second chapter text." (baseline 130 pt) are inked just above the baseline.
        var inked = Enumerable.Range(144, 200).Any(x => bitmap.GetPixel(x, 255).Red < 100);
        Assert.True(inked, "no text drawn on the second chapter's first line");
    }
}
