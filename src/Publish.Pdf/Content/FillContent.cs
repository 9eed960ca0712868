using Publish.Layout.Paged;

namespace Publish.Pdf.Content;

/// <summary>A filled rectangle; PDF's <c>re</c> takes the lower-left corner.</summary>
internal static class FillContent
{
    public static void Write(PageContentBuilder b, FillItem fill)
    {
        var area = fill.Area;
        if (area.Width <= 0 || area.Height <= 0) return;
        b.EndText();
        b.FillColor(fill.Color);
        b.Out.Number(area.X).Space().Number(b.Y(area.Bottom)).Space().Number(area.Width).Space().Number(area.Height).Ascii(" re f\n");
    }
}
