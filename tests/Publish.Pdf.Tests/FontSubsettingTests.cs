using Publish.Pdf.Fonts;
using SkiaSharp;

namespace Publish.Pdf.Tests;

/// <summary>Only the glyphs a document uses are embedded, under their original ids.</summary>
public class FontSubsettingTests
{
    [Fact]
    public void A_subset_is_a_small_fraction_of_the_font_and_keeps_glyph_ids()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var run = Samples.Shape("The office staff", 0, 0);
        var font = File.ReadAllBytes(Samples.FontPath);

        var subset = FontSubsetter.Subset(font, 0, run.Glyphs, run.Text.Select(c => (int)c));

        Assert.NotNull(subset);
        Assert.True(subset.Length < font.Length / 10, $"subset is {subset.Length} bytes of {font.Length}");
        using var original = SKTypeface.FromData(SKData.CreateCopy(font));
        using var small = SKTypeface.FromData(SKData.CreateCopy(subset));
        // Ids are retained (the subset ends at the highest glyph used), so runs need no remapping.
        Assert.Equal(run.Glyphs.Max() + 1, small.GlyphCount);
        // Unhinted advances at 1000 units per em: the subset draws with the same metrics.
        using var f1 = new SKFont(original, 1000) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true };
        using var f2 = new SKFont(small, 1000) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true };
        var widths1 = f1.GetGlyphWidths(run.Glyphs);
        var widths2 = f2.GetGlyphWidths(run.Glyphs);
        Assert.Equal(widths1, widths2);
    }

    [Fact]
    public void The_pdf_embeds_one_subset_font_far_smaller_than_the_file()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        Tool.Require("pdffonts");
        var pdf = Samples.WritePdf(Samples.Book());
        var path = Samples.SaveTemp(pdf, "fonts.pdf");

        var (_, output) = Tool.Run("pdffonts", path);
        var fonts = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();

        var row = Assert.Single(fonts);
        Assert.Matches(@"^[A-Z]{6}\+DejaVuSerif\s+CID TrueType\s+Identity-H\s", row); // a CID-keyed TrueType subset, glyph ids as codes
        Assert.Matches(@"\syes\s+yes\s+yes\s", row); // embedded, subset, has ToUnicode
        // The whole PDF, images included, is smaller than a tenth of the font file.
        Assert.True(pdf.Length < new FileInfo(Samples.FontPath).Length / 10, $"PDF is {pdf.Length} bytes");
    }

    [Fact]
    public void One_font_file_reached_by_two_paths_is_embedded_once_under_a_name_independent_of_the_path()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var copy = Path.Combine(Path.GetTempPath(), $"publish-font-{Environment.ProcessId}.ttf");
        File.Copy(Samples.FontPath, copy, overwrite: true);
        var elsewhere = Samples.LoadFace(copy);
        var document = new Layout.Paged.PagedDocument([Samples.Page(0,
            Samples.Shape("From the system fonts", 72, 100), Samples.Shape("From a copy", 72, 130, font: elsewhere))], Samples.Info);
        var alone = new Layout.Paged.PagedDocument([Samples.Page(0, Samples.Shape("From a copy", 72, 130, font: elsewhere))], Samples.Info);

        var pdf = System.Text.Encoding.Latin1.GetString(Samples.WritePdf(document));
        var names = System.Text.RegularExpressions.Regex.Matches(pdf, @"/F[0-9A-F]{16} ").Select(m => m.Value).Distinct().ToList();

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(pdf, "/Subtype /Type0"));
        Assert.Single(names);
        Assert.Contains(names[0], System.Text.Encoding.Latin1.GetString(Samples.WritePdf(alone)));
    }
}
