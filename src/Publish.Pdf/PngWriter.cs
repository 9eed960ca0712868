using Publish.Layout.Paged;

namespace Publish.Pdf;

/// <summary>Draws pages into PNG images through the same drawing code as the PDF.</summary>
public static class PngWriter
{
    /// <summary>Renders each page and hands its PNG bytes to <paramref name="write"/> with the page index.</summary>
    public static void Write(PagedDocument document, double dpi, Action<int, byte[]> write)
    {
        throw new NotSupportedException("the PNG writer is not built yet");
    }
}
