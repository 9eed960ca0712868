using Publish.Model;

namespace Publish.Readers.Tests;


/// <summary>
/// Raw HTML is kept only where it is well-formed and safe: known HTML5 elements with allowed
/// attributes, balanced within their paragraph or block, become model nodes; everything else
/// loses its markup with a PUB0203 warning at its line.
/// </summary>
public class RawHtmlTests
{
    [Fact]
    public void Inline_elements_with_a_model_node_become_that_node()
    {
        var content = Md.Inlines("<em>a</em> <strong>b</strong> <code>c</code> x<sup>2</sup> H<sub>2</sub> <span class=\"smallcaps\">sc</span> <a href=\"https://e.org\" title=\"E\">link</a><br>end");
        Assert.IsType<Emphasis>(content[0]);
        Assert.IsType<Strong>(content[2]);
        Assert.Equal("c", Assert.IsType<Code>(content[4]).Value);
        Assert.IsType<Superscript>(content[6]);
        Assert.IsType<Subscript>(content[8]);
        Assert.IsType<SmallCaps>(content[10]);
        var link = Assert.IsType<Link>(content[12]);
        Assert.Equal(("https://e.org", "E", true), (link.Target, link.Title, link.Attr.IsEmpty));
        Assert.IsType<LineBreak>(content[13]);
    }

    [Fact]
    public void Other_safe_inline_elements_are_kept_as_html_elements_with_their_allowed_attributes()
    {
        var content = Md.Inlines("Press <kbd>Ctrl</kbd> at the <abbr title=\"British Broadcasting Corporation\" class=\"org\">BBC</abbr>, <i>really</i>.");
        var kbd = Assert.IsType<HtmlInlineElement>(content[1]);
        Assert.Equal(("kbd", "Ctrl"), (kbd.Name, PlainText.Of(kbd.Content)));
        var abbr = Assert.IsType<HtmlInlineElement>(content[3]);
        Assert.Equal("abbr", abbr.Name);
        Assert.Equal("British Broadcasting Corporation", abbr.Attr["title"]);
        Assert.Equal(["org"], abbr.Attr.Classes);
        Assert.Equal("i", Assert.IsType<HtmlInlineElement>(content[5]).Name);
    }

    [Fact]
    public void Markdown_between_inline_tags_stays_markdown()
    {
        var mark = Assert.IsType<HtmlInlineElement>(Md.Inlines("<mark>a *stressed* word</mark>")[0]);
        Assert.IsType<Emphasis>(mark.Content[1]);
    }

    [Fact]
    public void An_unsafe_attribute_is_dropped_with_a_warning_and_the_element_kept()
    {
        var document = Md.Read("<span onclick=\"evil()\" style=\"color:red\" class=\"x\">x</span> <a href=\"javascript:evil()\">y</a>", out var diagnostics);
        var content = ((Paragraph)document.Blocks[0]).Content;
        var span = Assert.IsType<Span>(content[0]);
        Assert.Equal(["x"], span.Attr.Classes);
        Assert.Empty(span.Attr.KeyValues);
        var anchor = Assert.IsType<HtmlInlineElement>(content[2]);
        Assert.Null(anchor.Attr["href"]);
        Assert.Equal("y", PlainText.Of(anchor.Content));
        var warnings = diagnostics.Items.Where(d => d.Code == "PUB0203").Select(d => d.Message).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains("onclick, style", warnings[0]);
        Assert.Contains("href='javascript:evil()'", warnings[1]);
    }

    [Fact]
    public void Scripts_are_dropped_with_their_content_and_a_warning_at_the_line()
    {
        var document = Md.Read("Before\n<script>alert('x')</script> after.", out var diagnostics);
        Assert.DoesNotContain("alert", PlainText.Of(((Paragraph)document.Blocks[0]).Content));
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(("PUB0203", 2), (warning.Code, warning.Span.Line));
    }

    [Fact]
    public void A_script_block_is_dropped_whole_and_the_html_around_it_kept()
    {
        var document = Md.Read("<div class=\"box\">\n<script>document.write('x')</script>\n<p>Kept.</p>\n</div>\n", out var diagnostics);
        var div = Assert.IsType<Div>(Assert.Single(document.Blocks));
        Assert.Equal("Kept.", PlainText.Of(Assert.IsType<Paragraph>(Assert.Single(div.Content)).Content));
        Assert.Equal((2, 1), (Assert.Single(diagnostics.Items).Span.Line, diagnostics.Items[0].Span.Column));
    }

    [Fact]
    public void Comments_iframes_and_unknown_elements_lose_their_markup_with_warnings()
    {
        var document = Md.Read("<!-- note to self -->\n\n<iframe src=\"x\"></iframe>\n\nText <blink>on</blink>.\n", out var diagnostics);
        Assert.Equal("Text on.", PlainText.Of(((Paragraph)Assert.Single(document.Blocks)).Content));
        Assert.Equal([1, 3, 5, 5], diagnostics.Items.Where(d => d.Code == "PUB0203").Select(d => d.Span.Line));
    }

    [Fact]
    public void Markdown_between_block_tags_on_lines_of_their_own_is_read_as_markdown_inside_the_element()
    {
        var document = Md.Read("<div class=\"aside\" id=\"a1\">\n\nInside *markdown*.\n\n</div>\n");
        var div = Assert.IsType<Div>(Assert.Single(document.Blocks));
        Assert.Equal(("a1", "aside"), (div.Attr.Id, div.Attr.Classes[0]));
        Assert.IsType<Emphasis>(Assert.IsType<Paragraph>(Assert.Single(div.Content)).Content[1]);
    }

    [Fact]
    public void Text_inside_one_html_block_is_text_not_markdown()
    {
        var div = Assert.IsType<Div>(Assert.Single(Md.Read("<div>\n*not emphasis*\n</div>\n").Blocks));
        var plain = Assert.IsType<Plain>(Assert.Single(div.Content));
        Assert.Equal([new Publish.Model.Text("*not emphasis*") { Span = plain.Content[0].Span }], plain.Content);
    }

    [Fact]
    public void Details_with_a_summary_hold_the_markdown_after_them()
    {
        var document = Md.Read("<details>\n<summary>More</summary>\n\n- one\n- two\n\n</details>\n");
        var details = Assert.IsType<HtmlBlockElement>(Assert.Single(document.Blocks));
        Assert.Equal("details", details.Name);
        var summary = Assert.IsType<HtmlBlockElement>(details.Content[0]);
        Assert.Equal(("summary", "More"), (summary.Name, PlainText.Of(Assert.IsType<Plain>(Assert.Single(summary.Content)).Content)));
        Assert.IsType<BulletList>(details.Content[1]);
    }

    [Fact]
    public void A_one_line_html_paragraph_becomes_a_paragraph()
    {
        var document = Md.Read("<p class=\"lead\">Some <em>lead</em> text.</p>\n");
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(document.Blocks));
        Assert.Equal("lead", paragraph.Attr.Classes[0]);
        Assert.IsType<Emphasis>(paragraph.Content[1]);
    }

    [Fact]
    public void Nested_safe_block_elements_in_one_html_block_become_nested_blocks()
    {
        var document = Md.Read("<div class=\"outer\">\n<blockquote>\n<p>Quoted <strong>text</strong>.</p>\n</blockquote>\n<p>After.</p>\n</div>\n");
        var outer = Assert.IsType<Div>(Assert.Single(document.Blocks));
        Assert.Equal("outer", outer.Attr.Classes[0]);
        var quote = Assert.IsType<BlockQuote>(outer.Content[0]);
        Assert.IsType<Strong>(Assert.IsType<Paragraph>(Assert.Single(quote.Content)).Content[1]);
        var after = Assert.IsType<Paragraph>(outer.Content[1]);
        Assert.Equal((5, "After."), (after.Span.Line, PlainText.Of(after.Content)));
    }

    [Fact]
    public void An_html_table_is_kept_as_elements_with_its_cells()
    {
        var document = Md.Read("<table>\n<tr><th colspan=\"2\" onclick=\"x()\">Head</th></tr>\n<tr><td>a</td><td>b &amp; c</td></tr>\n</table>\n", out var diagnostics);
        var table = Assert.IsType<HtmlBlockElement>(Assert.Single(document.Blocks));
        Assert.Equal("table", table.Name);
        var rows = table.Content.Cast<HtmlBlockElement>().ToList();
        Assert.Equal(["tr", "tr"], rows.Select(r => r.Name));
        var head = Assert.IsType<HtmlBlockElement>(Assert.Single(rows[0].Content));
        Assert.Equal(("th", "2"), (head.Name, head.Attr["colspan"]));
        var cell = Assert.IsType<HtmlBlockElement>(rows[1].Content[1]);
        Assert.Equal("b & c", PlainText.Of(Assert.IsType<Plain>(Assert.Single(cell.Content)).Content));
        Assert.Equal(2, Assert.Single(diagnostics.Items).Span.Line);
    }

    [Fact]
    public void What_a_table_cannot_hold_is_dropped_and_an_orphan_cell_loses_its_tags()
    {
        var document = Md.Read("<table><p>stray</p><tr><td>a</td></tr></table>\n\n<td>orphan</td>\n", out var diagnostics);
        var table = Assert.IsType<HtmlBlockElement>(document.Blocks[0]);
        Assert.Equal("tr", Assert.IsType<HtmlBlockElement>(Assert.Single(table.Content)).Name);
        Assert.Equal("orphan", PlainText.Of(Assert.IsType<Plain>(document.Blocks[1]).Content));
        Assert.Equal(2, diagnostics.Items.Count(d => d.Code == "PUB0203"));
    }

    [Fact]
    public void An_html_heading_claims_an_id_like_a_markdown_heading()
    {
        var heading = Assert.IsType<Heading>(Assert.Single(Md.Read("<h2>Tides and Times</h2>\n").Blocks));
        Assert.Equal((2, "tides-and-times"), (heading.Level, heading.Id));
    }

    [Fact]
    public void An_hr_block_is_a_thematic_break()
    {
        Assert.IsType<ThematicBreak>(Assert.Single(Md.Read("<hr />\n").Blocks));
    }

    [Fact]
    public void An_unclosed_tag_is_dropped_but_its_text_stays()
    {
        var document = Md.Read("<em>never closed", out var diagnostics);
        Assert.Equal("never closed", PlainText.Of(((Paragraph)document.Blocks[0]).Content));
        Assert.Equal("PUB0203", Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void A_block_element_inside_a_paragraph_loses_its_tags()
    {
        var document = Md.Read("Some <div>boxed</div> text.", out var diagnostics);
        Assert.Equal("Some boxed text.", PlainText.Of(((Paragraph)Assert.Single(document.Blocks)).Content));
        Assert.Contains("<div> inside a paragraph", Assert.Single(diagnostics.Items).Message);
    }

    [Fact]
    public void An_image_tag_becomes_an_image_and_a_data_url_is_refused()
    {
        var content = Md.Read("<img src=\"boat.png\" alt=\"A boat\" width=\"120\"> <img src=\"data:image/png;base64,AAAA\" alt=\"inline\">", out var diagnostics).Blocks
            .Cast<Paragraph>().Single().Content;
        var image = Assert.IsType<Image>(content[0]);
        Assert.Equal(("boat.png", "A boat", "120"), (image.Source, image.Alt, image.Attr["width"]));
        Assert.Equal(" inline", Assert.IsType<Publish.Model.Text>(content[1]).Value); // the alt text, after the space
        Assert.Equal(2, diagnostics.Items.Count(d => d.Code == "PUB0203"));
    }
}
