using Publish.Layout.Html;
using Publish.Layout.Paged;
using Publish.Model;
using static Publish.Layout.Tests.Pages.Books;

namespace Publish.Layout.Tests.Html;

/// <summary>HTML elements kept from the source are set by the model node whose layout is their default style.</summary>
public class HtmlElementLoweringTests
{
    private static HtmlBlockElement E(string name, params Block[] content) => new(name, content);
    private static HtmlBlockElement Cell(string name, string text, int colspan = 1) =>
        new(name, [new Plain([new Text(text)])]) { Attr = colspan > 1 ? new Attr("", [], [new("colspan", "2")]) : Attr.Empty };

    private static IReadOnlyList<Block> Lower(params Block[] blocks) => HtmlElementLowering.Apply(Doc(blocks)).Blocks;

    [Fact]
    public void A_table_becomes_a_table_with_head_and_body_rows_and_spans()
    {
        var html = E("table", E("caption", new Plain([new Text("Tides")])),
            E("thead", E("tr", Cell("th", "Day"), Cell("th", "Heights", colspan: 2))),
            E("tr", Cell("td", "Mon"), Cell("td", "1.2"), Cell("td", "3.4")));
        var table = Assert.IsType<Table>(Assert.Single(Lower(html)));
        Assert.Equal(("Tides", 3, 1, 1), (PlainText.Of(table.Caption), table.Columns.Count, table.Head.Count, table.Body.Count));
        Assert.Equal(2, table.Head[0].Cells[1].ColSpan);
        Assert.Equal("Mon", PlainText.Of(Assert.IsType<Paragraph>(Assert.Single(table.Body[0].Cells[0].Content)).Content));
    }

    [Fact]
    public void Lists_keep_their_items_and_start()
    {
        var ol = E("ol", E("li", new Plain([new Text("third")])), E("li", new Plain([new Text("fourth")]))) with { Attr = new Attr("", [], [new("start", "3")]) };
        var list = Assert.IsType<OrderedList>(Assert.Single(Lower(ol)));
        Assert.Equal((3, 2), (list.Start, list.Items.Count));
        var dl = Assert.IsType<DefinitionList>(Assert.Single(Lower(E("dl", E("dt", new Plain([new Text("Term")])), E("dd", new Plain([new Text("Def")]))))));
        Assert.Equal(("Term", 1), (PlainText.Of(dl.Items[0].Term), dl.Items[0].Definitions.Count));
    }

    [Fact]
    public void Inline_elements_take_the_style_of_their_model_twin_and_containers_become_spans()
    {
        var paragraph = new Paragraph([new HtmlInlineElement("i", [new Text("a")]), new HtmlInlineElement("kbd", [new Text("Ctrl")]),
            new HtmlInlineElement("abbr", [new Text("BBC")]) { Attr = new Attr("bbc", [], [new("title", "British")]) }, new HtmlInlineElement("wbr", [])]);
        var content = Assert.IsType<Paragraph>(Assert.Single(Lower(paragraph))).Content;
        Assert.IsType<Emphasis>(content[0]);
        Assert.Equal("Ctrl", Assert.IsType<Code>(content[1]).Value);
        Assert.Equal("bbc", Assert.IsType<Span>(content[2]).Attr.Id);
        Assert.Equal(3, content.Count);
    }

    [Fact]
    public void A_section_is_a_container_and_plain_text_a_paragraph()
    {
        var lowered = Lower(E("section", new Plain([new Text("loose text")]), E("pre", new Plain([new Text("code\n  indented")]))));
        var div = Assert.IsType<Div>(Assert.Single(lowered));
        Assert.IsType<Paragraph>(div.Content[0]);
        Assert.Equal("code\n  indented", Assert.IsType<CodeBlock>(div.Content[1]).Text);
    }

    [Fact]
    public void An_image_alone_in_an_html_element_is_an_image_block()
    {
        var div = Assert.IsType<Div>(Assert.Single(Lower(E("div", new Plain([new Image("tide.png", "Tide chart")])))));
        var figure = Assert.IsType<Figure>(Assert.Single(div.Content));
        Assert.Equal(("tide.png", 0), (figure.Image.Source, figure.Caption.Count));
    }

    [Fact]
    public void An_html_table_is_set_on_the_page()
    {
        var html = E("table", E("tr", Cell("td", "left"), Cell("td", "right")));
        var runs = Lay(Doc(html), Tiny with { Page = Tiny.Page with { Width = 440, Height = 440 } }).Document.Pages[0].Items.OfType<GlyphRun>().ToList();
        var left = runs.Single(g => g.Text == "left");
        var right = runs.Single(g => g.Text == "right");
        Assert.Equal(left.Baseline, right.Baseline);
        Assert.True(right.X > left.X);
    }
}
