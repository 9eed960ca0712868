using Publish.Model;

namespace Publish.Readers.Tests;

public class MarkdownInlineTests
{
    [Fact]
    public void Emphasis_strong_code_and_links()
    {
        var content = Md.Inlines("*em* **strong** `code` [link](https://example.org \"T\") <https://auto.example>");
        Assert.IsType<Emphasis>(content[0]);
        Assert.IsType<Strong>(content[2]);
        Assert.Equal("code", Assert.IsType<Code>(content[4]).Value);
        var link = Assert.IsType<Link>(content[6]);
        Assert.Equal(("https://example.org", "T", "link"), (link.Target, link.Title, PlainText.Of(link.Content)));
        Assert.Equal("https://auto.example", Assert.IsType<Link>(content[8]).Target);
    }

    [Fact]
    public void Strikethrough_superscript_and_subscript()
    {
        var content = Md.Inlines("~~gone~~ x^2^ H~2~O");
        Assert.Equal("gone", PlainText.Of(Assert.IsType<Strikethrough>(content[0]).Content));
        Assert.Equal("2", PlainText.Of(Assert.IsType<Superscript>(content[2]).Content));
        Assert.Equal("2", PlainText.Of(Assert.IsType<Subscript>(content[4]).Content));
    }

    [Fact]
    public void Smart_punctuation_gives_curly_quotes_dashes_and_ellipses()
    {
        Assert.Equal("\u201CHello,\u201D she said \u2013 \u2018twice\u2019\u2014and then\u2026 it\u2019s done.",
            Md.Text("\"Hello,\" she said -- 'twice'---and then... it's done."));
    }

    [Fact]
    public void Double_angle_brackets_stay_as_written()
    {
        Assert.Equal("shift x << 2 and y >> 1", Md.Text("shift x << 2 and y >> 1"));
    }

    [Fact]
    public void Inline_math_keeps_its_tex()
    {
        var math = Assert.IsType<TexMath>(Md.Inlines("Energy $E = mc^2$ holds.")[1]);
        Assert.Equal(("E = mc^2", false), (math.Tex, math.Display));
    }

    [Fact]
    public void Footnotes_carry_their_blocks_where_they_are_cited()
    {
        var document = Md.Read("Claim[^1] and another[^long].\n\n[^1]: First note.\n\n[^long]: A longer note.\n\n    With a second paragraph.\n");
        var content = Assert.IsType<Paragraph>(Assert.Single(document.Blocks)).Content;
        var first = Assert.IsType<Note>(content[1]);
        Assert.Equal("First note.", PlainText.Of(((Paragraph)Assert.Single(first.Content)).Content));
        Assert.Equal(2, Assert.IsType<Note>(content[3]).Content.Count);
        Assert.Equal(new SourceSpan(Md.File, 1, 6), first.Span);
    }

    [Fact]
    public void Inline_notes_are_notes_with_markdown_inside()
    {
        var note = Assert.IsType<Note>(Md.Inlines("Text^[An *inline* note.] after.")[1]);
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(note.Content));
        Assert.IsType<Emphasis>(paragraph.Content[1]);
        Assert.Equal(new SourceSpan(Md.File, 1, 7), paragraph.Content[0].Span);
    }

    [Fact]
    public void Bracketed_spans_carry_attributes_and_smallcaps()
    {
        var content = Md.Inlines("[Small Caps]{.smallcaps} and [tagged *text*]{#t .note lang=fr}");
        Assert.Equal("Small Caps", PlainText.Of(Assert.IsType<SmallCaps>(content[0]).Content));
        var span = Assert.IsType<Span>(content[2]);
        Assert.Equal(("t", "note", "fr"), (span.Attr.Id, span.Attr.Classes[0], span.Attr["lang"]));
        Assert.IsType<Emphasis>(span.Content[1]);
    }

    [Fact]
    public void Internal_links_are_cross_references()
    {
        var link = Assert.IsType<Link>(Md.Inlines("[see the table](#tbl-letters)")[0]);
        Assert.True(link.IsInternal);
    }

    [Fact]
    public void Hard_and_soft_breaks()
    {
        var content = Md.Inlines("one\ntwo  \nthree");
        Assert.IsType<SoftBreak>(content[1]);
        Assert.IsType<LineBreak>(content[3]);
    }

    [Fact]
    public void Entities_are_decoded()
    {
        Assert.Equal("caf\u00E9 & co", Md.Text("caf&eacute; &amp; co"));
    }
}
