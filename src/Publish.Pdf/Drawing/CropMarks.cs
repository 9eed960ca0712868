using Publish.Layout.Paged;
using SkiaSharp;

namespace Publish.Pdf.Drawing;

/// <summary>
/// Crop marks: hairlines continuing each trim edge outwards from the corners, in the area
/// between the trim and the media edge, so that they never reach into the finished page.
/// </summary>
internal static class CropMarks
{
    /// <summary>Registration-black hairline, the usual weight for crop marks.</summary>
    private const float Thickness = 0.25f;

    public static void Draw(SKCanvas canvas, Page page)
    {
        var trim = page.Trim;
        var left = (float)trim.X;
        var top = (float)trim.Y;
        var right = (float)trim.Right;
        var bottom = (float)trim.Bottom;
        var outside = (float)Math.Min(Math.Min(trim.X, trim.Y), Math.Min(page.MediaWidth - trim.Right, page.MediaHeight - trim.Bottom));
        if (outside <= 1) return; // no room outside the trim: nothing to draw into

        // Keep a gap of a third of the margin at the corner so a slightly off cut hides the marks.
        var gap = outside / 3;
        using var paint = new SKPaint { Color = SKColors.Black, IsStroke = true, StrokeWidth = Thickness, IsAntialias = true };
        foreach (var (x, y, sx, sy) in new[] { (left, top, -1f, -1f), (right, top, 1f, -1f), (left, bottom, -1f, 1f), (right, bottom, 1f, 1f) })
        {
            canvas.DrawLine(x + sx * gap, y, x + sx * outside, y, paint);
            canvas.DrawLine(x, y + sy * gap, x, y + sy * outside, paint);
        }
    }
}
