using Publish.Layout.Paged;
using Publish.Pdf.Drawing;

namespace Publish.Pdf.Content;

/// <summary>Crop marks as black hairline strokes, where <see cref="CropMarks"/> places them for PNG too.</summary>
internal static class CropMarkContent
{
    public static void Write(PageContentBuilder b, Page page)
    {
        var first = true;
        foreach (var (x1, y1, x2, y2) in CropMarks.Lines(page))
        {
            if (first)
            {
                b.EndText();
                b.StrokeColor(Rgba.Black);
                b.LineWidth(CropMarks.Thickness);
                first = false;
            }
            b.Out.Number(x1).Space().Number(b.Y(y1)).Ascii(" m ").Number(x2).Space().Number(b.Y(y2)).Ascii(" l S\n");
        }
    }
}
