using Publish.Layout.Paged;

namespace Publish.Pdf.Structure;

/// <summary>
/// Adds what Skia cannot write — the outline, page labels, document language and trim/bleed boxes — as an
/// append-only incremental update, so every byte Skia wrote (and its PDF/A metadata) stays.
/// </summary>
internal static class IncrementalUpdate
{
    public static byte[] Append(byte[] pdf, PagedDocument document)
    {
        var hasOutline = document.Outline.Count > 0;
        var hasLabels = document.PageLabels.Count > 0;
        var hasBoxes = document.Pages.Any(p => p.Bleed is not null);
        var hasLanguage = !string.IsNullOrWhiteSpace(document.Info.Language);
        if (!(hasOutline || hasLabels || hasBoxes || hasLanguage) || document.Pages.Count == 0) return pdf;

        var file = new PdfFile(pdf);
        var pages = file.Pages();
        if (pages.Count != document.Pages.Count)
            throw new InvalidOperationException($"Skia wrote {pages.Count} pages for {document.Pages.Count}");
        var writer = new UpdateWriter(file);

        if (hasOutline || hasLabels || hasLanguage)
        {
            var catalog = file.ReadDict(file.Root);
            if (hasOutline)
            {
                catalog["Outlines"] = new OutlineWriter(writer, document, pages).Write();
                catalog["PageMode"] = new PdfName("/UseOutlines");
            }
            if (hasLabels) catalog["PageLabels"] = PageLabelTree.Build(document.PageLabels, pages.Count);
            // The natural language lets screen readers and PDF/A validators know how to read the text.
            if (hasLanguage) catalog["Lang"] = PdfAtom.Literal(document.Info.Language.Trim());
            writer.Set(file.Root, catalog);
        }

        for (var i = 0; i < pages.Count; i++)
        {
            var page = document.Pages[i];
            if (page.Bleed is not { } bleed) continue;
            var dict = file.ReadDict(pages[i]);
            dict["TrimBox"] = Box(page.Trim, page.MediaHeight);
            dict["BleedBox"] = Box(bleed, page.MediaHeight);
            writer.Set(pages[i], dict);
        }
        return writer.AppendTo(pdf);
    }

    /// <summary>A rectangle in PDF user space: origin at the bottom left, y up.</summary>
    private static PdfArray Box(Rect r, double pageHeight) => new(
        PdfAtom.Number(r.X), PdfAtom.Number(pageHeight - r.Bottom), PdfAtom.Number(r.Right), PdfAtom.Number(pageHeight - r.Y));
}
