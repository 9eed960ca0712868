using Publish.Layout.Paged;
using Publish.Pdf.Syntax;

namespace Publish.Pdf.Navigation;

/// <summary>
/// The document outline (bookmarks) as PDF outline items. Each item jumps straight to its
/// heading's position (found from the page's <see cref="DestinationItem"/>), or to the top of
/// its page when layout left no destination of that name.
/// </summary>
internal sealed class OutlineWriter(PdfObjectWriter w, PagedDocument document, Destinations destinations, IReadOnlyList<int> pages)
{
    /// <summary>Writes the outline root and its items; returns the root's number.</summary>
    public int Write()
    {
        var root = w.Allocate();
        var items = Allocate(document.Outline);
        var (first, last) = WriteLevel(document.Outline, items, root);
        // Top-level entries are shown, their sections folded: the usual view of a book's outline.
        w.Begin().Ascii("<</Type /Outlines /First ").Ref(first).Ascii(" /Last ").Ref(last).Ascii(" /Count ").Int(document.Outline.Count).Ascii(">>");
        w.End(root);
        return root;
    }

    private List<int> Allocate(IReadOnlyList<OutlineEntry> entries) => entries.Select(_ => w.Allocate()).ToList();

    private (int First, int Last) WriteLevel(IReadOnlyList<OutlineEntry> entries, List<int> numbers, int parent)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var children = entry.Children.Count > 0 ? Allocate(entry.Children) : [];
            var b = w.Begin().Ascii("<</Title ").Text(entry.Title).Ascii(" /Parent ").Ref(parent).Ascii(" /Dest ");
            Destination(b, entry);
            if (i > 0) b.Ascii(" /Prev ").Ref(numbers[i - 1]);
            if (i + 1 < entries.Count) b.Ascii(" /Next ").Ref(numbers[i + 1]);
            if (children.Count > 0)
                b.Ascii(" /First ").Ref(children[0]).Ascii(" /Last ").Ref(children[^1]).Ascii(" /Count ").Int(-entry.Children.Count); // negative: closed
            b.Ascii(">>");
            w.End(numbers[i]);
            if (children.Count > 0) WriteLevel(entry.Children, children, numbers[i]);
        }
        return (numbers[0], numbers[^1]);
    }

    private void Destination(PdfBuffer b, OutlineEntry entry)
    {
        if (destinations.TryGet(entry.Destination, out var d) && d.Page < pages.Count)
        {
            Destinations.WriteView(b, pages[d.Page], d.X, d.Y, document.Pages[d.Page].MediaHeight);
            return;
        }
        var page = Math.Clamp(entry.PageIndex, 0, pages.Count - 1);
        b.Byte((byte)'[').Ref(pages[page]).Ascii(" /Fit]");
    }
}
