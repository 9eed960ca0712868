using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Publish.Pdf.Tests;

/// <summary>Trim and bleed boxes, crop marks, PDF/A identification and reproducible bytes.</summary>
public class PrintAndArchiveTests
{
    [Fact]
    public void Bleed_pages_carry_trim_and_bleed_boxes()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        Tool.Require("pdfinfo");
        var path = Samples.SaveTemp(Samples.WritePdf(Samples.Book(bleed: true)), "boxes.pdf");

        var (_, output) = Tool.Run("pdfinfo", "-box", "-f", "1", "-l", "3", path);

        // 432×648 pt trim, 9 pt bleed, and the crop marks' 18 pt band outside the bleed.
        Assert.Equal(3, Regex.Matches(output, @"TrimBox:\s+27\.00\s+27\.00\s+459\.00\s+675\.00").Count);
        Assert.Equal(3, Regex.Matches(output, @"BleedBox:\s+18\.00\s+18\.00\s+468\.00\s+684\.00").Count);
        Assert.Equal(3, Regex.Matches(output, @"MediaBox:\s+0\.00\s+0\.00\s+486\.00\s+702\.00").Count);
    }

    [Fact]
    public void Crop_marks_lie_outside_the_bleed_and_never_inside_it()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var page = Samples.Book(bleed: true).Pages[2];
        var doc = Samples.Book(bleed: true) with { Pages = [page with { Index = 0 }] };
        byte[]? png = null;
        PngWriter.Write(doc, 288, (_, bytes) => png = bytes); // 4 px per point

        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        // The top trim edge (y = 27 pt) continues left of the trim corner in the band outside the bleed (x < 18 pt)...
        Assert.True(Darkest(bitmap, 0, 27 * 4 - 1, 14 * 4, 27 * 4 + 1) < 160);
        // ...and nothing is drawn in the bleed or just inside the trim corner.
        Assert.True(Darkest(bitmap, 18 * 4 + 2, 18 * 4 + 2, 40 * 4, 40 * 4) > 250);
    }

    [Fact]
    public void Pdfa_output_identifies_itself_in_xmp()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        using var pdf = PdfDocument.Open(Samples.WritePdf(Samples.Book(bleed: true), pdfA: true));

        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        var xml = xmp.GetXDocument().ToString();
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", xml);
        Assert.Contains("<pdfaid:conformance>A</pdfaid:conformance>", xml);
        Assert.Matches(@"<xmpMM:DocumentID>uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}</xmpMM:DocumentID>", xml);
    }

    [Fact]
    public void Pdfa_output_names_srgb_as_its_output_intent_with_an_embedded_profile()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        Tool.Require("qpdf");
        var path = Samples.SaveTemp(Samples.WritePdf(Samples.Book(), pdfA: true), "intent.pdf");

        var (_, json) = Tool.Run("qpdf", "--json=2", "--json-key=qpdf", path);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var objects = doc.RootElement.GetProperty("qpdf")[1].EnumerateObject().ToDictionary(o => o.Name, o => o.Value);
        var catalog = objects.Values.Select(o => o.GetProperty("value")).First(v => v.ValueKind == System.Text.Json.JsonValueKind.Object && v.TryGetProperty("/Type", out var t) && t.GetString() == "/Catalog");
        var intent = catalog.GetProperty("/OutputIntents")[0];
        Assert.Equal("/GTS_PDFA1", intent.GetProperty("/S").GetString());
        var profile = objects["obj:" + intent.GetProperty("/DestOutputProfile").GetString()].GetProperty("stream").GetProperty("dict");
        Assert.Equal(3, profile.GetProperty("/N").GetInt32());

        var (_, icc) = Tool.Run("qpdf", $"--show-object={intent.GetProperty("/DestOutputProfile").GetString()!.Split(' ')[0]}", "--filtered-stream-data", path);
        Assert.Contains("mntrRGB XYZ ", icc); // an ICC display profile for RGB...
        Assert.Contains("acsp", icc); // ...with the profile signature
    }

    [Fact]
    public async Task Pdfa_output_is_byte_identical_across_writes()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var first = Samples.WritePdf(Samples.Book(bleed: true), pdfA: true);
        await Task.Delay(1100, TestContext.Current.CancellationToken); // Skia's own ids change with the clock
        var second = Samples.WritePdf(Samples.Book(bleed: true), pdfA: true);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_content_gets_a_different_document_id()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var book = Samples.Book();
        var a = Samples.WritePdf(book, pdfA: true);
        var b = Samples.WritePdf(book with { Info = book.Info with { Title = "Another Title" } }, pdfA: true);

        Assert.NotEqual(TrailerId(a), TrailerId(b));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void Qpdf_finds_no_errors(bool bleed, bool pdfA)
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        Tool.Require("qpdf");
        var path = Samples.SaveTemp(Samples.WritePdf(Samples.Book(bleed), pdfA), $"check-{bleed}-{pdfA}.pdf");

        var (exit, output) = Tool.Run("qpdf", "--check", path);

        Assert.True(exit == 0, output);
        Assert.DoesNotContain("WARNING", output);
        Assert.Contains("No syntax or stream encoding errors", output);
    }

    private static string TrailerId(byte[] pdf) =>
        Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/ID \[<([0-9A-F]{32})>").Last().Groups[1].Value;

    private static int Darkest(SkiaSharp.SKBitmap bitmap, int x0, int y0, int x1, int y1)
    {
        var darkest = 255;
        for (var y = Math.Max(0, y0); y <= Math.Min(bitmap.Height - 1, y1); y++)
            for (var x = Math.Max(0, x0); x <= Math.Min(bitmap.Width - 1, x1); x++)
            {
                var c = bitmap.GetPixel(x, y);
                darkest = Math.Min(darkest, (c.Red + c.Green + c.Blue) / 3);
            }
        return darkest;
    }
}
