using AngleSharp.Html.Parser;
using Publish.Model;
using Publish.Styling;
using static Publish.Epub.Tests.M;

namespace Publish.Epub.Tests;

public class HtmlWriterTests
{
    private static readonly Resource Png = PngResource();

    private static Document Sample() => new(
        Metadata.Empty with { Title = "A & B", Authors = [new Contributor("Ann Author")], Language = "fr" },
        [
            H(1, "One", "one"),
            P(T("See "), L("two", "#two"), N("A note.")),
            new Figure(new Image(Png.Key, "pixel"), [T("A pixel")]),
            H(1, "Two", "two"),
            P(T("Again"), N("Another.")),
        ])
    { Resources = new Dictionary<string, Resource> { [Png.Key] = Png } };

    private static AngleSharp.Html.Dom.IHtmlDocument Write(Document doc)
    {
        using var stream = new MemoryStream();
        HtmlWriter.Write(doc, Theme.Default, stream, new DiagnosticBag());
        return new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Page_is_complete_with_title_language_inline_css_and_data_images()
    {
        var page = Write(Sample());
        Assert.Equal("A & B", page.Title);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("font-family", page.QuerySelector("head style")!.TextContent);
        Assert.StartsWith("data:image/png;base64,", page.QuerySelector("figure img")!.GetAttribute("src"));
        Assert.Equal("Ann Author", page.QuerySelector("header .author")!.TextContent);
    }

    [Fact]
    public void Notes_close_each_chapter_and_restart_their_numbers()
    {
        var page = Write(Sample());
        var sections = page.QuerySelectorAll("section.chapter");
        Assert.Equal(2, sections.Length);
        Assert.All(sections, s => Assert.Equal("1", s.QuerySelector("a[role=doc-noteref]")!.TextContent));
        Assert.All(sections, s => Assert.NotNull(s.QuerySelector("aside[role=doc-footnote]")));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal("#two", page.QuerySelector("a[href='#two']")!.GetAttribute("href"));
    }
}
