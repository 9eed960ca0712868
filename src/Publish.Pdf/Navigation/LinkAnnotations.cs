using System.Text;
using Publish.Layout.Paged;
using Publish.Pdf.Syntax;

namespace Publish.Pdf.Navigation;

/// <summary>
/// A page's <see cref="LinkItem"/>s as /Link annotations: a URI action for web addresses, a
/// go-to a named destination for internal links. Borderless and printable (/F 4, as PDF/A asks).
/// A jump to a name no page defines is left out rather than written as a dead link.
/// </summary>
internal static class LinkAnnotations
{
    public static List<LinkItem> Of(Page page, Destinations destinations) =>
        page.Items.OfType<LinkItem>()
            .Where(l => l.Uri is { Length: > 0 } || (l.Destination is { Length: > 0 } d && destinations.Contains(d)))
            .ToList();

    /// <summary>
    /// The annotation, with its key in the structure tree's ParentTree and the link's text as its
    /// description for assistive technology (PDF/UA asks for /Contents).
    /// </summary>
    public static void Write(PdfObjectWriter w, int number, LinkItem link, double pageHeight, int structParent, string? text)
    {
        var r = link.Area;
        var b = w.Begin().Ascii("<</Type /Annot /Subtype /Link /Rect [")
            .Number(r.X).Space().Number(pageHeight - r.Bottom).Space().Number(r.Right).Space().Number(pageHeight - r.Y)
            .Ascii("] /Border [0 0 0] /F 4 /StructParent ").Int(structParent);
        var contents = string.IsNullOrWhiteSpace(text) ? link.Uri ?? "Link to " + link.Destination : text.Trim();
        b.Ascii(" /Contents ").Text(contents).Ascii(" /A <<");
        if (link.Uri is { Length: > 0 } uri) b.Ascii("/S /URI /URI ").Literal(Encoding.ASCII.GetBytes(SevenBit(uri)));
        else b.Ascii("/S /GoTo /D ").Literal(Encoding.UTF8.GetBytes(link.Destination!));
        b.Ascii(">>>>");
        w.End(number);
    }

    /// <summary>A URI in a PDF is 7-bit ASCII: other characters go in percent-encoded as UTF-8.</summary>
    private static string SevenBit(string uri)
    {
        if (uri.All(c => c is > ' ' and < (char)127)) return uri;
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(uri))
            sb.Append(b is > (byte)' ' and < 127 ? ((char)b).ToString() : "%" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
