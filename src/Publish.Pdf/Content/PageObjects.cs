using Publish.Layout.Paged;
using Publish.Pdf.Navigation;
using Publish.Pdf.Syntax;
using Publish.Pdf.Tagging;

namespace Publish.Pdf.Content;

/// <summary>
/// Page objects in document order, each after its content stream and link annotations, and
/// the page tree over them. All pages share one resource dictionary.
/// </summary>
internal static class PageObjects
{
    /// <summary>The page objects' numbers in order, and each page's annotations' numbers.</summary>
    public sealed record Numbers(List<int> Pages, List<IReadOnlyList<int>> Annotations);

    /// <summary>
    /// Writes every page. Each page is key <c>i</c> of the structure tree's ParentTree (its MCIDs)
    /// and its annotations take the keys after all pages', in order.
    /// </summary>
    public static Numbers Write(PdfObjectWriter w, PagedDocument document, byte[][] streams, IReadOnlyList<List<LinkItem>> pageLinks,
        StructureTree tree, int pageTree, int resources)
    {
        var numbers = new List<int>(document.Pages.Count);
        var allAnnotations = new List<IReadOnlyList<int>>(document.Pages.Count);
        var key = document.Pages.Count;
        for (var i = 0; i < document.Pages.Count; i++)
        {
            var page = document.Pages[i];
            int number = w.Allocate(), contents = w.Allocate();
            w.Begin().Ascii("/Filter /FlateDecode");
            w.EndStream(contents, streams[i]);

            var links = pageLinks[i];
            var annotations = links.Select(_ => w.Allocate()).ToList();
            for (var k = 0; k < links.Count; k++)
                LinkAnnotations.Write(w, annotations[k], links[k], page.MediaHeight, key++, tree.PageAnnotations[i][k].Text?.ToString());
            allAnnotations.Add(annotations);

            var b = w.Begin().Ascii("<</Type /Page /Parent ").Ref(pageTree).Ascii(" /MediaBox [0 0 ")
                .Number(page.MediaWidth).Space().Number(page.MediaHeight).Byte((byte)']');
            if (page.Bleed is { } bleed)
            {
                Box(b.Ascii(" /TrimBox "), page.Trim, page.MediaHeight);
                Box(b.Ascii(" /BleedBox "), bleed, page.MediaHeight);
            }
            // Tab order follows the structure tree (PDF/UA), whose ParentTree knows the page as key i.
            b.Ascii(" /Resources ").Ref(resources).Ascii(" /Contents ").Ref(contents).Ascii(" /StructParents ").Int(i).Ascii(" /Tabs /S");
            if (annotations.Count > 0)
            {
                b.Ascii(" /Annots [");
                foreach (var a in annotations) b.Ref(a).Space();
                b.Byte((byte)']');
            }
            b.Ascii(">>");
            w.End(number);
            numbers.Add(number);
        }
        return new Numbers(numbers, allAnnotations);
    }

    /// <summary>One flat /Pages node: viewers handle thousands of kids, and a flat tree needs no balancing.</summary>
    public static void WriteTree(PdfObjectWriter w, int number, List<int> pages)
    {
        var b = w.Begin().Ascii("<</Type /Pages /Count ").Int(pages.Count).Ascii(" /Kids [");
        foreach (var p in pages) b.Ref(p).Space();
        b.Ascii("]>>");
        w.End(number);
    }

    /// <summary>A rectangle in PDF user space: origin at the bottom left, y up.</summary>
    private static void Box(PdfBuffer b, Rect r, double pageHeight) =>
        b.Byte((byte)'[').Number(r.X).Space().Number(pageHeight - r.Bottom).Space().Number(r.Right).Space().Number(pageHeight - r.Y).Byte((byte)']');
}
