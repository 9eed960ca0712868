using Publish.Model;

namespace Publish.Readers.Tests;

public class MarkdownBlockTests
{
    [Fact]
    public void Headings_paragraphs_rules_and_code()
    {
        var blocks = Md.Read("## Second *level*\n\nA paragraph.\n\n---\n\n```python extra\nprint(1)\n```\n\n    indented\n").Blocks;
        var heading = Assert.IsType<Heading>(blocks[0]);
        Assert.Equal((2, "Second level", "second-level"), (heading.Level, PlainText.Of(heading.Content), heading.Id));
        Assert.Equal("A paragraph.", PlainText.Of(Assert.IsType<Paragraph>(blocks[1]).Content));
        Assert.IsType<ThematicBreak>(blocks[2]);
        Assert.Equal(new CodeBlock("python", "print(1)") { Span = blocks[3].Span }, blocks[3]);
        Assert.Equal((null, "indented"), (Assert.IsType<CodeBlock>(blocks[4]).Language, ((CodeBlock)blocks[4]).Text));
    }

    [Fact]
    public void Quotes_and_nested_lists_keep_their_structure()
    {
        var blocks = Md.Read("> quoted\n>\n> - a\n>   1. one\n>   2. two\n> - b\n").Blocks;
        var quote = Assert.IsType<BlockQuote>(Assert.Single(blocks));
        var list = Assert.IsType<BulletList>(quote.Content[1]);
        Assert.True(list.Tight);
        Assert.Equal(2, list.Items.Count);
        var inner = Assert.IsType<OrderedList>(list.Items[0].Content[1]);
        Assert.Equal(["one", "two"], inner.Items.Select(i => PlainText.Of(((Paragraph)i.Content[0]).Content)));
    }

    [Fact]
    public void Ordered_lists_keep_their_start_and_looseness()
    {
        var list = Assert.IsType<OrderedList>(Assert.Single(Md.Read("3. three\n\n4. four\n").Blocks));
        Assert.Equal((3, false), (list.Start, list.Tight));
    }

    [Fact]
    public void Task_list_items_are_checked_or_unchecked_without_the_box_text()
    {
        var list = Assert.IsType<BulletList>(Assert.Single(Md.Read("- [x] done\n- [ ] to do\n- plain\n").Blocks));
        Assert.Equal([true, false, null], list.Items.Select(i => i.Checked));
        Assert.Equal("done", PlainText.Of(((Paragraph)list.Items[0].Content[0]).Content));
        Assert.True(list.Attr.IsEmpty);
    }

    [Fact]
    public void Definition_lists_hold_terms_and_their_definitions()
    {
        var list = Assert.IsType<DefinitionList>(Assert.Single(Md.Read("Apple\n:   A fruit.\n:   A company.\n\nPear\n:   Another fruit.\n").Blocks));
        Assert.Equal(["Apple", "Pear"], list.Items.Select(i => PlainText.Of(i.Term)));
        Assert.Equal(2, list.Items[0].Definitions.Count);
        Assert.Equal("A company.", PlainText.Of(((Paragraph)list.Items[0].Definitions[1][0]).Content));
    }

    [Fact]
    public void Pipe_tables_have_alignment_head_body_and_caption_with_id()
    {
        var table = Assert.IsType<Table>(Assert.Single(Md.Read("| Left | Mid | Right |\n|:-----|:---:|------:|\n| a | b | c |\n| d | e | f |\n\nTable: Letters in a grid {#tbl-letters}\n").Blocks));
        Assert.Equal([Alignment.Left, Alignment.Center, Alignment.Right], table.Columns.Select(c => c.Alignment));
        Assert.Single(table.Head);
        Assert.Equal(2, table.Body.Count);
        Assert.Equal("Letters in a grid", PlainText.Of(table.Caption));
        Assert.Equal("tbl-letters", table.Attr.Id);
        Assert.Equal("f", PlainText.Of(((Paragraph)table.Body[1].Cells[2].Content[0]).Content));
    }

    [Fact]
    public void A_caption_may_stand_before_the_table()
    {
        var table = Assert.IsType<Table>(Assert.Single(Md.Read("Table: Before.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n").Blocks));
        Assert.Equal("Before.", PlainText.Of(table.Caption));
    }

    [Fact]
    public void Grid_tables_have_relative_widths_and_block_cells()
    {
        const string grid = """
            +-----------+----------------------+
            | Fruit     | Notes                |
            +===========+======================+
            | Apple     | - crisp              |
            |           | - red                |
            +-----------+----------------------+
            """;
        var table = Assert.IsType<Table>(Assert.Single(Md.Read(grid).Blocks));
        Assert.Equal(2, table.Columns.Count);
        Assert.All(table.Columns, c => Assert.NotNull(c.RelativeWidth));
        Assert.True(table.Columns[1].RelativeWidth > table.Columns[0].RelativeWidth);
        Assert.Single(table.Head);
        Assert.IsType<BulletList>(Assert.Single(table.Body).Cells[1].Content[0]);
    }

    [Fact]
    public void An_image_alone_in_a_paragraph_is_a_figure_captioned_by_its_alt_text()
    {
        var figure = Assert.IsType<Figure>(Assert.Single(Md.Read("![The *harbour* at dawn](images/harbour.png \"Harbour\"){#fig-harbour width=60%}").Blocks));
        Assert.Equal("fig-harbour", figure.Attr.Id);
        Assert.Equal(("images/harbour.png", "The harbour at dawn", "Harbour"), (figure.Image.Source, figure.Image.Alt, figure.Image.Title));
        Assert.Equal("60%", figure.Image.Attr["width"]);
        Assert.IsType<Emphasis>(figure.Caption[1]);
    }

    [Fact]
    public void An_image_with_text_around_it_stays_inline()
    {
        var content = Md.Inlines("See ![icon](i.png) here.");
        Assert.IsType<Image>(content[1]);
    }

    [Fact]
    public void Display_math_is_a_paragraph_holding_display_math()
    {
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(Md.Read("$$\n\\int_0^1 x\\,dx = \\frac12\n$$\n").Blocks));
        var math = Assert.IsType<TexMath>(Assert.Single(paragraph.Content));
        Assert.Equal(("\\int_0^1 x\\,dx = \\frac12", true), (math.Tex, math.Display));
        Assert.True(math.Attr.IsEmpty);
    }

    [Fact]
    public void Fenced_divs_become_divs_with_their_class()
    {
        var div = Assert.IsType<Div>(Assert.Single(Md.Read("::: warning\nCareful.\n:::\n").Blocks));
        Assert.Equal(["warning"], div.Attr.Classes);
        Assert.IsType<Paragraph>(Assert.Single(div.Content));
    }

    [Fact]
    public void Strict_commonmark_reads_no_extensions()
    {
        var blocks = Md.Read("| a | b |\n|---|---|\n| 1 | 2 |\n\n![alone](x.png)\n\n\"quotes\" -- ~~no~~ $x$\n", SourceFormat.CommonMark).Blocks;
        Assert.All(blocks, b => Assert.IsType<Paragraph>(b));
        Assert.Equal("\"quotes\" -- ~~no~~ $x$", PlainText.Of(((Paragraph)blocks[2]).Content));
    }
}
