using System.Xml.Linq;
using Publish.Epub.Xhtml;
using Publish.Model;
using static Publish.Epub.Tests.M;

namespace Publish.Epub.Tests;

public class XhtmlRendererTests
{
    private static string Render(params Block[] blocks) => XhtmlRenderer.RenderBlocks(blocks);

    private static XElement Parse(string fragment) => XElement.Parse($"<root xmlns:epub=\"http://www.idpf.org/2007/ops\">{fragment}</root>");

    [Fact]
    public void Text_is_escaped_and_characters_xml_forbids_are_replaced()
    {
        var html = Render(P(T("a < b & \"c\" \u0001")));
        Assert.Equal("<p>a &lt; b &amp; \"c\" \uFFFD</p>\n", html);
    }

    [Fact]
    public void A_citation_is_written_as_pandoc_writes_it_without_a_bibliography()
    {
        var citation = new Citation([new CitationItem("doe99", [], []), new CitationItem("smith04", [new Text("also")], [])], [new Text("[@doe99; also @smith04]")]);
        Assert.Equal("<p>See <span class=\"citation\" data-cites=\"doe99 smith04\">[@doe99; also @smith04]</span>.</p>\n",
            Render(P(T("See "), citation, T("."))));
    }

    [Fact]
    public void Footnote_reference_holds_only_the_number_and_the_aside_links_back()
    {
        var root = Parse(Render(P(T("Claim"), N("Source.")), P(T("More"), N("Second."))));
        XNamespace epub = "http://www.idpf.org/2007/ops";
        var refs = root.Descendants("a").Where(a => (string?)a.Attribute("role") == "doc-noteref").ToList();
        Assert.Equal(["1", "2"], refs.Select(a => a.Value));
        Assert.All(refs, a => Assert.Empty(a.Elements()));
        var asides = root.Elements("aside").ToList();
        Assert.Equal(2, asides.Count);
        Assert.Equal("fn1", (string?)asides[0].Attribute("id"));
        Assert.Equal("#fn1", (string?)refs[0].Attribute("href"));
        var back = asides[0].Descendants("a").Single();
        Assert.Equal("#fnref1", (string?)back.Attribute("href"));
        Assert.Equal("1. Source.", asides[0].Value.Trim());
        Assert.Null(asides[0].Attribute(epub + "type")); // only EPUB files declare epub:type
    }

    [Fact]
    public void Generated_note_ids_avoid_ids_the_document_uses()
    {
        var ids = new IdRegistry();
        ids.Reserve("fn1");
        var renderer = new XhtmlRenderer(XhtmlSettings.Default, new DiagnosticBag(), ids);
        renderer.WriteBlocks([H(2, "Odd", "fn1"), P(T("x"), N("note"))]);
        renderer.FlushNotes();
        var root = Parse(renderer.TakeOutput());
        var all = root.Descendants().Select(e => (string?)e.Attribute("id")).Where(i => i is not null).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public void Ids_are_valid_xml_names_and_duplicates_are_dropped()
    {
        var root = Parse(Render(H(2, "A", "1-intro"), H(2, "B", "1-intro")));
        Assert.Equal(["id-1-intro", null], root.Elements("h2").Select(h => (string?)h.Attribute("id")));
    }

    [Fact]
    public void Tight_lists_write_items_without_paragraphs_and_loose_lists_with_them()
    {
        var tight = Render(new BulletList([new ListItem([P(T("a"))]), new ListItem([P(T("b"))])], Tight: true));
        Assert.Equal("<ul>\n<li>a\n</li>\n<li>b\n</li>\n</ul>\n", tight);
        var loose = Parse(Render(new OrderedList([new ListItem([P(T("a"))])], Tight: false, Start: 3, ListNumberStyle.LowerRoman)));
        var ol = root(loose, "ol");
        Assert.Equal("3", (string?)ol.Attribute("start"));
        Assert.Equal("i", (string?)ol.Attribute("type"));
        Assert.Single(ol.Descendants("p"));
        static XElement root(XElement r, string name) => r.Element(name)!;
    }

    [Fact]
    public void Task_items_show_a_box_that_e_readers_render()
    {
        var html = Render(new BulletList([new ListItem([P(T("done"))], true), new ListItem([P(T("todo"))], false)], true));
        Assert.Contains("\u2611", html);
        Assert.Contains("\u2610", html);
        Assert.Contains("class=\"task-list\"", html);
    }

    [Fact]
    public void Tables_carry_caption_head_body_and_alignment()
    {
        var table = new Table(
            [new TableColumn(Alignment.Left), new TableColumn(Alignment.Right)],
            [new TableRow([new TableCell([P(T("Name"))]), new TableCell([P(T("Qty"))])])],
            [new TableRow([new TableCell([P(T("Pear"))]), new TableCell([P(T("3"))])])],
            [T("Fruit")]);
        var t = Parse(Render(table)).Element("table")!;
        Assert.Equal("Fruit", t.Element("caption")!.Value);
        Assert.Equal(["Name", "Qty"], t.Element("thead")!.Descendants("th").Select(c => c.Value));
        Assert.Equal("text-align: right", (string?)t.Element("tbody")!.Descendants("td").Last().Attribute("style"));
    }

    [Fact]
    public void Code_blocks_name_their_language_and_end_with_a_newline()
    {
        Assert.Equal("<pre><code class=\"language-cs\">var x = 1;\n</code></pre>\n", Render(new CodeBlock("cs", "var x = 1;")));
    }

    [Fact]
    public void Figure_has_image_alt_and_caption()
    {
        var fig = Parse(Render(new Figure(new Image("a.png", "A cat"), [T("The cat")]))).Element("figure")!;
        Assert.Equal("A cat", (string?)fig.Element("img")!.Attribute("alt"));
        Assert.Equal("The cat", fig.Element("figcaption")!.Value);
    }

    [Fact]
    public void Unresolvable_image_becomes_its_alt_text()
    {
        var settings = XhtmlSettings.Default with { ResolveImage = _ => null };
        Assert.Equal("<p>see A cat</p>\n", XhtmlRenderer.RenderBlocks([P(T("see "), new Image("x.png", "A cat"))], settings));
    }

    [Fact]
    public void Small_caps_definition_lists_div_and_span_keep_their_attributes()
    {
        var attr = new Attr("d1", ["note"], [new("lang", "fr"), new("onclick", "x()")]);
        var html = Render(
            new Div([P(new SmallCaps([T("Rome")]), new Span([T("s")]) { Attr = new Attr("", ["k"], []) })]) { Attr = attr },
            new DefinitionList([new DefinitionItem([T("term")], [[P(T("def"))]])]));
        var root = Parse(html);
        var div = root.Element("div")!;
        Assert.Equal("fr", (string?)div.Attribute("lang"));
        Assert.Equal("x()", (string?)div.Attribute("data-onclick")); // never a live event attribute
        Assert.Null(div.Attribute("onclick"));
        Assert.Contains("<span class=\"smallcaps\">Rome</span>", html);
        Assert.Equal("term", root.Element("dl")!.Element("dt")!.Value);
    }

    [Fact]
    public void Urls_are_percent_encoded_once()
    {
        var html = Render(P(L("x", "/f\u00f6\u00f6 bar?a=1&b=%20")));
        Assert.Contains("href=\"/f%C3%B6%C3%B6%20bar?a=1&amp;b=%20\"", html);
    }
}
