using Publish.Layout.Paged;

namespace Publish.Pdf.Content;

/// <summary>An image XObject scaled into its area: an image is drawn into the unit square, so the matrix is size and position.</summary>
internal static class ImageContent
{
    public static void Write(PageContentBuilder b, ImageItem item)
    {
        var area = item.Area;
        if (area.Width <= 0 || area.Height <= 0 || b.Resources.Image(item.Image) is not { } name) return;
        b.EndText();
        b.Opaque();
        b.Out.Ascii("q ").Number(area.Width).Ascii(" 0 0 ").Number(area.Height).Space()
             .Number(area.X).Space().Number(b.Y(area.Bottom)).Ascii(" cm ").Raw(name).Ascii(" Do Q\n");
    }
}
