using HarfBuzzSharp;
using Publish.Layout.Paged;
using UglyToad.PdfPig;

namespace Publish.Pdf.Tests;

/// <summary>
/// Glyphs land exactly where layout put them: the viewer's pen advances by the /W widths, and
/// the TJ adjustments written against that pen take it to every shaped, kerned or justified
/// position, with no drift along a line.
/// </summary>
public class GlyphPlacementTests
{
    [Fact]
    public void Every_glyph_of_a_justified_line_sits_at_its_layout_position()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var shaped = Samples.Shape("AVAST Typography: justified words, stretched wide apart.", 50, 300, 11);
        // Justification: every space widened by 3.217 pt, cumulatively.
        var positions = new float[shaped.Positions.Length];
        var extra = 0f;
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = shaped.Positions[i] + extra;
            if (shaped.Text[shaped.Clusters[i]] == ' ') extra += 3.217f;
        }
        var run = shaped with { Positions = positions };

        var letters = Letters(run);

        Assert.Equal(run.Glyphs.Length, letters.Count);
        for (var i = 0; i < letters.Count; i++)
        {
            Assert.Equal(run.X + run.Positions[i], letters[i].StartBaseLine.X, 0.01);
            Assert.Equal(648 - run.Baseline, letters[i].StartBaseLine.Y, 0.01);
        }
    }

    [Fact]
    public void A_glyph_raised_by_shaping_starts_its_own_position_and_the_line_continues()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var run = Samples.Shape("x2y", 100, 200, 12);
        var raised = run with { YOffsets = [0, -4.5f, 0] };

        var letters = Letters(raised);

        Assert.Equal([648 - 200.0, 648 - 195.5, 648 - 200.0], letters.Select(l => Math.Round(l.StartBaseLine.Y, 2)));
        Assert.Equal(100 + raised.Positions[2], letters[2].StartBaseLine.X, 0.01);
    }

    [Fact]
    public void Widths_in_the_pdf_are_the_fonts_advances()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var run = Samples.Shape("Width of glyphs: WAVE iiii mmmm", 72, 100, 10);

        var letters = Letters(run);

        using var blob = Blob.FromFile(Samples.FontPath);
        using var face = new Face(blob, 0);
        using var font = new Font(face);
        font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
        for (var i = 0; i < letters.Count; i++)
            Assert.Equal(font.GetHorizontalGlyphAdvance(run.Glyphs[i]) * 10.0 / face.UnitsPerEm, letters[i].Width, 0.001);
    }

    private static List<UglyToad.PdfPig.Content.Letter> Letters(GlyphRun run)
    {
        var document = new PagedDocument([Samples.Page(0, run)], Samples.Info);
        using var pdf = PdfDocument.Open(Samples.WritePdf(document));
        return pdf.GetPage(1).Letters.ToList();
    }
}
