using System.Globalization;
using Publish.Epub.Xhtml;

namespace Publish.Epub.Package;

/// <summary>The EPUB 2 NCX for older readers and Kindle conversion: the same entries as the nav, playOrder in reading order.</summary>
internal static class NcxWriter
{
    public static string Write(string identifier, string title, IReadOnlyList<TocEntry> toc)
    {
        var o = new Markup();
        o.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").Line();
        o.Open("ncx", ("xmlns", "http://www.daisy.org/z3986/2005/ncx/"), ("version", "2005-1")).Line();
        o.Open("head").Line();
        o.Void("meta", ("name", "dtb:uid"), ("content", identifier)).Line();
        o.Void("meta", ("name", "dtb:depth"), ("content", Depth(toc).ToString(CultureInfo.InvariantCulture))).Line();
        o.Void("meta", ("name", "dtb:totalPageCount"), ("content", "0")).Line();
        o.Void("meta", ("name", "dtb:maxPageNumber"), ("content", "0")).Line();
        o.Close("head").Line();
        o.Open("docTitle").Open("text").Text(title).Close("text").Close("docTitle").Line();
        o.Open("navMap").Line();
        var order = 0;
        Points(o, toc, ref order);
        o.Close("navMap").Line().Close("ncx").Line();
        return o.ToString();
    }

    private static void Points(Markup o, IReadOnlyList<TocEntry> entries, ref int order)
    {
        foreach (var entry in entries)
        {
            order++;
            var n = order.ToString(CultureInfo.InvariantCulture);
            o.Open("navPoint", ("id", "navPoint-" + n), ("playOrder", n)).Line();
            o.Open("navLabel").Open("text").Text(entry.Title).Close("text").Close("navLabel").Line();
            o.Void("content", ("src", entry.Href)).Line();
            Points(o, entry.Children, ref order);
            o.Close("navPoint").Line();
        }
    }

    private static int Depth(IReadOnlyList<TocEntry> entries) => entries.Count == 0 ? 1 : 1 + entries.Max(e => e.Children.Count == 0 ? 0 : Depth(e.Children));
}
