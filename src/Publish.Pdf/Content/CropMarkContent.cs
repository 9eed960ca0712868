using Publish.Layout.Paged;

namespace Publish.Pdf.Content;

/// <summary>
/// Crop marks: hairlines continuing each trim edge outwards from the corners, in the area
/// between the trim and the media edge, so that they never reach into the finished page
/// (the same marks <c>Drawing/CropMarks</c> draws for PNG).
/// </summary>
internal static class CropMarkContent
{
    /// <summary>Registration-black hairline, the usual weight for crop marks.</summary>
    private const double Thickness = 0.25;

    public static void Write(PageContentBuilder b, Page page)
    {
        var trim = page.Trim;
        var outside = Math.Min(Math.Min(trim.X, trim.Y), Math.Min(page.MediaWidth - trim.Right, page.MediaHeight - trim.Bottom));
        if (outside <= 1) return; // no room outside the trim: nothing to draw into

        // Keep a gap of a third of the margin at the corner so a slightly off cut hides the marks.
        var gap = outside / 3;
        b.EndText();
        b.StrokeColor(Rgba.Black);
        b.LineWidth(Thickness);
        foreach (var (x, y, sx, sy) in new[] { (trim.X, trim.Y, -1, -1), (trim.Right, trim.Y, 1, -1), (trim.X, trim.Bottom, -1, 1), (trim.Right, trim.Bottom, 1, 1) })
        {
            Line(b, x + sx * gap, y, x + sx * outside, y);
            Line(b, x, y + sy * gap, x, y + sy * outside);
        }
    }

    private static void Line(PageContentBuilder b, double x1, double y1, double x2, double y2) =>
        b.Out.Number(x1).Space().Number(b.Y(y1)).Ascii(" m ").Number(x2).Space().Number(b.Y(y2)).Ascii(" l S\n");
}
