using System.Text.Json;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Outline;

namespace Publish.Pdf.Tests;

/// <summary>Outline, page labels, links and destinations, read back from the PDF.</summary>
public class NavigationTests
{
    [Fact]
    public void Outline_mirrors_the_entries_each_landing_on_its_page()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        using var pdf = PdfDocument.Open(Samples.WritePdf(Samples.Book()));

        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var top = bookmarks.Roots.Cast<DocumentBookmarkNode>().Select(n => (n.Title, n.PageNumber)).ToList();
        Assert.Equal([("Chapter One", 2), ("Chapter Two", 3)], top);
        var section = Assert.IsType<DocumentBookmarkNode>(Assert.Single(bookmarks.Roots[0].Children));
        Assert.Equal(("A section", 2), (section.Title, section.PageNumber));
    }

    [Fact]
    public void Document_opens_with_the_outline_shown_and_labels_its_pages()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        Tool.Require("qpdf");
        var path = Samples.SaveTemp(Samples.WritePdf(Samples.Book()), "labels.pdf");

        var (_, json) = Tool.Run("qpdf", "--json=2", "--json-key=pagelabels", "--json-key=qpdf", path);
        using var doc = JsonDocument.Parse(json);

        var labels = doc.RootElement.GetProperty("pagelabels").EnumerateArray()
            .Select(l => (l.GetProperty("index").GetInt32(), l.GetProperty("label").GetProperty("/S").GetString())).ToList();
        Assert.Equal([(0, "/r"), (1, "/D")], labels);
        var (_, catalog) = Tool.Run("qpdf", "--show-object=trailer", "--filtered-stream-data", path);
        var root = System.Text.RegularExpressions.Regex.Match(catalog, @"/Root (\d+) 0 R").Groups[1].Value;
        var (_, rootObject) = Tool.Run("qpdf", $"--show-object={root}", path);
        Assert.Contains("/PageMode /UseOutlines", rootObject);
    }

    [Fact]
    public void Named_destinations_sit_where_layout_put_them()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        Tool.Require("pdfinfo");
        var path = Samples.SaveTemp(Samples.WritePdf(Samples.Book()), "dests.pdf");

        var (_, output) = Tool.Run("pdfinfo", "-dests", path);

        Assert.Matches(@"\s2 \[ XYZ\s+72\s+576 null\s*\] ""chapter-1""", output);
        Assert.Matches(@"\s3 \[ XYZ\s+72\s+576 null\s*\] ""chapter-2""", output);
    }

    [Fact]
    public void Links_go_to_urls_and_to_named_destinations()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        using var pdf = PdfDocument.Open(Samples.WritePdf(Samples.Book()));

        var external = Assert.Single(pdf.GetPage(2).GetHyperlinks());
        Assert.Equal("https://example.org/", external.Uri);
        var internalLink = Assert.Single(pdf.GetPage(1).GetAnnotations());
        var action = Assert.IsType<GoToAction>(internalLink.Action);
        Assert.Equal(3, action.Destination.PageNumber);
    }
}
