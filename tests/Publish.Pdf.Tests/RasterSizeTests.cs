namespace Publish.Pdf.Tests;

/// <summary>A page too large for a raster is drawn at a lower resolution instead of failing (issue #18: a 5000×5000 page gave a NullReferenceException).</summary>
public class RasterSizeTests
{
    [Fact]
    public void An_ordinary_page_is_drawn_at_the_asked_resolution() =>
        Assert.Equal(96 / 72f, PngWriter.Fit(432, 648, 96 / 72f));

    [Theory]
    [InlineData(14_173, 14_173, 96)]   // 5000 mm square at 96 dpi
    [InlineData(5000, 5000, 600)]
    [InlineData(100_000, 10, 72)]      // a strip: its long side passes the side limit first
    public void A_huge_page_is_drawn_within_the_pixel_and_side_limits(double width, double height, double dpi)
    {
        var asked = (float)(dpi / 72);
        var scale = PngWriter.Fit(width, height, asked);
        Assert.True(scale < asked);
        Assert.True(width * scale * height * scale <= PngWriter.MaxPixels * 1.001);
        Assert.True(Math.Max(width, height) * scale <= PngWriter.MaxSide + 1);
    }
}
