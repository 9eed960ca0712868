using Publish.Layout.Paged;

namespace Publish.Pdf.Structure;

/// <summary>
/// The document outline (bookmarks) as PDF outline items. Each item jumps straight to its
/// heading's position (found from the page's <see cref="DestinationItem"/>), or to the top of
/// its page when layout left no destination of that name.
/// </summary>
internal sealed class OutlineWriter(UpdateWriter writer, PagedDocument document, IReadOnlyList<PdfRef> pages)
{
    private readonly Dictionary<string, (int Page, double X, double Y)> destinations = FindDestinations(document);

    /// <summary>Writes the outline root and its items; returns the root's reference.</summary>
    public PdfRef Write()
    {
        var root = writer.Allocate();
        var (first, last) = WriteLevel(document.Outline, root);
        // Top-level entries are shown, their sections folded: the usual view of a book's outline.
        writer.Set(root, new PdfDict()
            .With("Type", new PdfName("/Outlines"))
            .With("First", first!).With("Last", last!)
            .With("Count", PdfAtom.Number(document.Outline.Count)));
        return root;
    }

    private (PdfRef? First, PdfRef? Last) WriteLevel(IReadOnlyList<OutlineEntry> entries, PdfRef parent)
    {
        var refs = entries.Select(_ => writer.Allocate()).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var item = new PdfDict()
                .With("Title", PdfAtom.Text(entry.Title))
                .With("Parent", parent)
                .With("Dest", Destination(entry));
            if (i > 0) item["Prev"] = refs[i - 1];
            if (i + 1 < entries.Count) item["Next"] = refs[i + 1];
            if (entry.Children.Count > 0)
            {
                var (first, last) = WriteLevel(entry.Children, refs[i]);
                item["First"] = first!;
                item["Last"] = last!;
                item["Count"] = PdfAtom.Number(-entry.Children.Count); // negative: closed
            }
            writer.Set(refs[i], item);
        }
        return refs.Count == 0 ? (null, null) : (refs[0], refs[^1]);
    }

    private PdfArray Destination(OutlineEntry entry)
    {
        if (destinations.TryGetValue(entry.Destination, out var d) && d.Page < pages.Count)
        {
            var height = document.Pages[d.Page].MediaHeight;
            return new PdfArray(pages[d.Page], new PdfName("/XYZ"), PdfAtom.Number(d.X), PdfAtom.Number(height - d.Y), new PdfAtom("null"));
        }
        var page = Math.Clamp(entry.PageIndex, 0, pages.Count - 1);
        return new PdfArray(pages[page], new PdfName("/Fit"));
    }

    private static Dictionary<string, (int, double, double)> FindDestinations(PagedDocument document)
    {
        var found = new Dictionary<string, (int, double, double)>();
        for (var p = 0; p < document.Pages.Count; p++)
            foreach (var d in document.Pages[p].Items.OfType<DestinationItem>())
                found.TryAdd(d.Name, (p, d.X, d.Y));
        return found;
    }
}
