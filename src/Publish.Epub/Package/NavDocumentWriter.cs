using Publish.Epub.Xhtml;

namespace Publish.Epub.Package;

/// <summary>A landmark of the book: the nav's <c>epub:type</c>, its label and where it points.</summary>
internal sealed record Landmark(string Type, string Label, string Href);

/// <summary>The EPUB 3 navigation document: table of contents, landmarks and the optional page-list.</summary>
internal static class NavDocumentWriter
{
    public static string Write(Styling.Languages.GeneratedLabels labels, string language, bool rightToLeft, IReadOnlyList<TocEntry> toc, IReadOnlyList<Landmark> landmarks,
        IReadOnlyList<(string Label, string Href)> pages)
    {
        var o = new Markup();
        o.Open("nav", ("epub:type", "toc"), ("id", "toc"), ("role", "doc-toc")).Line();
        o.Open("h1").Text(labels.Contents).Close("h1").Line();
        Entries(o, toc);
        o.Close("nav").Line();

        o.Open("nav", ("epub:type", "landmarks"), ("id", "landmarks"), ("hidden", "hidden")).Line();
        o.Open("h2").Text(labels.Landmarks).Close("h2").Line().Open("ol").Line();
        foreach (var landmark in landmarks)
            o.Open("li").Open("a", ("epub:type", landmark.Type), ("href", landmark.Href)).Text(landmark.Label).Close("a").Close("li").Line();
        o.Close("ol").Line().Close("nav").Line();

        if (pages.Count > 0)
        {
            o.Open("nav", ("epub:type", "page-list"), ("id", "page-list"), ("hidden", "hidden")).Line();
            o.Open("h2").Text(labels.Pages).Close("h2").Line().Open("ol").Line();
            foreach (var (label, href) in pages) o.Open("li").Open("a", ("href", href)).Text(label).Close("a").Close("li").Line();
            o.Close("ol").Line().Close("nav").Line();
        }
        return XhtmlPage.Wrap(labels.Contents, language, o.ToString(), rightToLeft: rightToLeft);
    }

    private static void Entries(Markup o, IReadOnlyList<TocEntry> entries)
    {
        o.Open("ol").Line();
        foreach (var entry in entries)
        {
            o.Open("li").Open("a", ("href", entry.Href)).Text(entry.Title).Close("a");
            if (entry.Children.Count > 0) { o.Line(); Entries(o, entry.Children); }
            o.Close("li").Line();
        }
        o.Close("ol").Line();
    }
}
