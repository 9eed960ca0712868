using Publish.Layout.Paged;

namespace Publish.Pdf;

public sealed record PdfWriteOptions
{
    /// <summary>Write PDF/A-2b identification (XMP, output intent), reproducibly.</summary>
    public bool PdfA { get; init; }
}

/// <summary>Draws a <see cref="PagedDocument"/> into a PDF through Skia.</summary>
public static class PdfWriter
{
    public static void Write(PagedDocument document, Stream output, PdfWriteOptions options)
    {
        throw new NotSupportedException("the PDF writer is not built yet");
    }
}
