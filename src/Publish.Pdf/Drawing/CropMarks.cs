using Publish.Layout.Paged;
using SkiaSharp;

namespace Publish.Pdf.Drawing;

/// <summary>
/// Crop marks: hairlines continuing each trim edge outwards from the corners, in the band
/// between the bleed box and the media edge, so that they never reach into the finished page
/// nor into art that bleeds off it.
/// One geometry for both outputs: Skia draws it for PNG, the PDF writes it as strokes.
/// </summary>
internal static class CropMarks
{
    /// <summary>Registration-black hairline, the usual weight for crop marks.</summary>
    public const float Thickness = 0.25f;

    /// <summary>The eight mark lines in page coordinates (y down); none when the media leaves no room outside the trim.</summary>
    public static IEnumerable<(double X1, double Y1, double X2, double Y2)> Lines(Page page)
    {
        var trim = page.Trim;
        var outside = Math.Min(Math.Min(trim.X, trim.Y), Math.Min(page.MediaWidth - trim.Right, page.MediaHeight - trim.Bottom));
        var bleed = page.Bleed is { } b ? trim.X - b.X : 0;
        if (outside - bleed <= 1) yield break; // no room outside the bleed: nothing to draw into

        // Marks start a sixth of the band past the bleed, so neither a slightly off cut nor
        // full-bleed art meets them.
        var gap = bleed + (outside - bleed) / 6;
        foreach (var (x, y, sx, sy) in new[] { (trim.X, trim.Y, -1, -1), (trim.Right, trim.Y, 1, -1), (trim.X, trim.Bottom, -1, 1), (trim.Right, trim.Bottom, 1, 1) })
        {
            yield return (x + sx * gap, y, x + sx * outside, y);
            yield return (x, y + sy * gap, x, y + sy * outside);
        }
    }

    public static void Draw(SKCanvas canvas, Page page)
    {
        using var paint = new SKPaint { Color = SKColors.Black, IsStroke = true, StrokeWidth = Thickness, IsAntialias = true };
        foreach (var (x1, y1, x2, y2) in Lines(page))
            canvas.DrawLine((float)x1, (float)y1, (float)x2, (float)y2, paint);
    }
}
