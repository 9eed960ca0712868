using Publish.Layout.Paged;
using Publish.Pdf.Drawing;
using Publish.Pdf.Fonts;
using Publish.Pdf.Structure;
using SkiaSharp;

namespace Publish.Pdf;

public sealed record PdfWriteOptions
{
    /// <summary>Write PDF/A-2b identification (XMP, output intent), reproducibly.</summary>
    public bool PdfA { get; init; }

    /// <summary>Work kept between builds of the same input (watch mode), so unchanged pages are not redone.</summary>
    public PdfWriteCache? Cache { get; init; }
}

/// <summary>
/// What one PDF build can hand to the next build of the same input: a watch session keeps one and
/// passes it to every rebuild. Never shared between threads or between different inputs.
/// </summary>
public sealed class PdfWriteCache
{
}

/// <summary>
/// Draws a <see cref="PagedDocument"/> into a PDF through Skia, then adds what Skia cannot write
/// (outline, page labels, trim and bleed boxes) as an append-only incremental update.
/// </summary>
public static class PdfWriter
{
    public const string Producer = "Publish";

    public static void Write(PagedDocument document, Stream output, PdfWriteOptions options)
    {
        var pdf = DrawWithSkia(document, options);
        pdf = IncrementalUpdate.Append(pdf, document);
        // After the update, so the trailer copy of /ID is replaced together with the original.
        if (options.PdfA) pdf = ReproducibleIds.Replace(pdf);
        output.Write(pdf);
    }

    private static byte[] DrawWithSkia(PagedDocument document, PdfWriteOptions options)
    {
        using var buffer = new MemoryStream();
        using (var fonts = DocumentFonts.For(document, subset: true))
        using (var drawer = new PageDrawer(fonts))
        using (var pdf = SKDocument.CreatePdf(buffer, Metadata(document.Info, options)))
        {
            foreach (var page in document.Pages)
            {
                var canvas = pdf.BeginPage((float)page.MediaWidth, (float)page.MediaHeight);
                drawer.Draw(page, canvas);
                pdf.EndPage();
            }
            pdf.Close();
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// Starts from Skia's defaults (a <c>new</c> metadata has raster dpi and JPEG quality 0).
    /// Both dates are the document's date, never the clock, so builds are reproducible.
    /// </summary>
    private static SKDocumentPdfMetadata Metadata(DocumentInfo info, PdfWriteOptions options)
    {
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = info.Title ?? "";
        metadata.Author = info.Author ?? "";
        metadata.Subject = info.Subject ?? "";
        metadata.Keywords = info.Keywords ?? "";
        metadata.Creator = info.Creator;
        metadata.Producer = Producer;
        if (info.Date is { } date)
        {
            metadata.Creation = date.UtcDateTime;
            metadata.Modified = date.UtcDateTime;
        }
        metadata.PdfA = options.PdfA;
        return metadata;
    }
}
