using System.Text;
using Publish.Layout.Paged;
using Publish.Pdf.Syntax;

namespace Publish.Pdf.Navigation;

/// <summary>
/// Where each named destination lies (the first <see cref="DestinationItem"/> of a name wins),
/// written as the catalog's <c>/Names /Dests</c> name tree: one leaf, its keys sorted by byte.
/// </summary>
internal sealed class Destinations
{
    private readonly Dictionary<string, (int Page, double X, double Y)> places = new(StringComparer.Ordinal);

    public Destinations(PagedDocument document)
    {
        for (var p = 0; p < document.Pages.Count; p++)
            foreach (var item in document.Pages[p].Items)
                if (item is DestinationItem d) places.TryAdd(d.Name, (p, d.X, d.Y));
    }

    public int Count => places.Count;

    public bool Contains(string name) => places.ContainsKey(name);

    public bool TryGet(string name, out (int Page, double X, double Y) place) => places.TryGetValue(name, out place);

    /// <summary><c>[page /XYZ x y null]</c>: the top-left of the spot, keeping the reader's zoom.</summary>
    public static void WriteView(PdfBuffer b, int pageObject, double x, double y, double pageHeight) =>
        b.Byte((byte)'[').Ref(pageObject).Ascii(" /XYZ ").Number(x).Space().Number(pageHeight - y).Ascii(" null]");

    public void WriteNameTree(PdfObjectWriter w, int number, IReadOnlyList<int> pageObjects, PagedDocument document)
    {
        var b = w.Begin().Ascii("<</Names [");
        // Name trees are searched by binary comparison of the keys' bytes.
        foreach (var (name, (page, x, y)) in places.OrderBy(p => Encoding.UTF8.GetBytes(p.Key), ByteOrder.Instance))
        {
            b.Literal(Encoding.UTF8.GetBytes(name)).Space();
            WriteView(b, pageObjects[page], x, y, document.Pages[page].MediaHeight);
            b.Line();
        }
        b.Ascii("]>>");
        w.End(number);
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();
        public int Compare(byte[]? a, byte[]? b) => a.AsSpan().SequenceCompareTo(b);
    }
}
