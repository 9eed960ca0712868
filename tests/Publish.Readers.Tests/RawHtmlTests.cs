using Publish.Model;

namespace Publish.Readers.Tests;

/// <summary>The model has no raw HTML: safe elements become nodes, the rest is dropped with PUB0203.</summary>
public class RawHtmlTests
{
    [Fact]
    public void Safe_inline_elements_become_model_nodes()
    {
        var content = Md.Inlines("<em>a</em> <b>b</b> <code>c</code> x<sup>2</sup> H<sub>2</sub> <del>d</del> <span class=\"smallcaps\">sc</span> <a href=\"https://e.org\">link</a><br>end");
        Assert.IsType<Emphasis>(content[0]);
        Assert.IsType<Strong>(content[2]);
        Assert.Equal("c", Assert.IsType<Code>(content[4]).Value);
        Assert.IsType<Superscript>(content[6]);
        Assert.IsType<Subscript>(content[8]);
        Assert.IsType<Strikethrough>(content[10]);
        Assert.IsType<SmallCaps>(content[12]);
        Assert.Equal("https://e.org", Assert.IsType<Link>(content[14]).Target);
        Assert.IsType<LineBreak>(content[15]);
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
    public void Event_attributes_and_javascript_links_never_reach_the_model()
    {
        var document = Md.Read("<span onclick=\"evil()\">x</span> <a href=\"javascript:evil()\">y</a>", out var diagnostics);
        var content = ((Paragraph)document.Blocks[0]).Content;
        Assert.DoesNotContain(content, i => i is Link);
        Assert.Equal(2, diagnostics.Items.Count(d => d.Code == "PUB0203"));
    }

    [Fact]
    public void Comments_iframes_and_unknown_blocks_are_dropped_with_warnings()
    {
        var document = Md.Read("<!-- note to self -->\n\n<iframe src=\"x\"></iframe>\n\nText.\n", out var diagnostics);
        Assert.Equal("Text.", PlainText.Of(((Paragraph)Assert.Single(document.Blocks)).Content));
        Assert.Equal([1, 3], diagnostics.Items.Where(d => d.Code == "PUB0203").Select(d => d.Span.Line));
    }

    [Fact]
    public void Div_blocks_around_markdown_become_divs()
    {
        var document = Md.Read("<div class=\"aside\" id=\"a1\">\n\nInside *markdown*.\n\n</div>\n");
        var div = Assert.IsType<Div>(Assert.Single(document.Blocks));
        Assert.Equal(("a1", "aside"), (div.Attr.Id, div.Attr.Classes[0]));
        Assert.IsType<Paragraph>(Assert.Single(div.Content));
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
    public void An_html_table_is_dropped_whole()
    {
        var document = Md.Read("<table>\n<tr><td>cell</td></tr>\n</table>\n", out var diagnostics);
        Assert.Empty(document.Blocks);
        Assert.Equal("PUB0203", Assert.Single(diagnostics.Items).Code);
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
}
