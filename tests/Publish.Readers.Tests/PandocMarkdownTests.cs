using Publish.Model;

namespace Publish.Readers.Tests;

/// <summary>Markdown as pandoc reads it: where braces are attributes, and the pandoc extensions books use.</summary>
public sealed class PandocMarkdownTests
{
    [Theory]
    [InlineData("Returns: {Promise}")]
    [InlineData("`options` {Object}")]
    [InlineData("* `callback` {Function} called once")]
    [InlineData("A set {a, b} and {x=1 y}")]
    public void Braces_that_are_no_attribute_block_in_pandoc_stay_text(string markdown)
    {
        var text = TextOf(Md.Read(markdown).Blocks);
        foreach (var word in markdown.Split([' ', '*', '`'], StringSplitOptions.RemoveEmptyEntries))
            Assert.Contains(word, text);
    }

    [Fact]
    public void Braces_after_a_paragraph_or_list_item_stay_text_even_when_they_look_like_attributes()
    {
        var blocks = Md.Read("Some words {.not-a-class}\n\n- item {#not-an-id}\n").Blocks;
        Assert.Equal("Some words {.not-a-class}", PlainText.Of(((Paragraph)blocks[0]).Content));
        Assert.Contains("{#not-an-id}", TextOf(blocks));
    }

    [Fact]
    public void Attributes_are_taken_after_headings_links_images_code_spans_and_fences()
    {
        var blocks = Md.Read("# Title {#top .big}\n\nSee [this](x.html){.ext} and `x`{.py}.\n\n```{.haskell #code}\nmain\n```\n").Blocks;
        var heading = Assert.IsType<Heading>(blocks[0]);
        Assert.Equal(("top", "big"), (heading.Attr.Id, heading.Attr.Classes.Single()));
        Assert.Equal("Title", PlainText.Of(heading.Content));
        var paragraph = Assert.IsType<Paragraph>(blocks[1]);
        Assert.Contains("ext", Assert.IsType<Link>(paragraph.Content.First(i => i is Link)).Attr.Classes);
        Assert.Contains("py", Assert.IsType<Code>(paragraph.Content.First(i => i is Code)).Attr.Classes);
        Assert.Equal("See this and x.", PlainText.Of(paragraph.Content));
        Assert.Equal("code", Assert.IsType<CodeBlock>(blocks[2]).Attr.Id);
    }

    [Fact]
    public void A_simple_table_takes_its_columns_and_alignments_from_the_dashes()
    {
        var table = Assert.IsType<Table>(Assert.Single(Md.Read("  Right Left    Center  Default\n------- ------ -------- -------\n     12 12        12    12\n    123 123      123    123\n").Blocks));
        Assert.Equal([Alignment.Right, Alignment.Left, Alignment.Center, Alignment.Default], table.Columns.Select(c => c.Alignment));
        Assert.Equal(["Right", "Left", "Center", "Default"], table.Head.Single().Cells.Select(c => TextOf(c.Content)));
        Assert.Equal(["123", "123", "123", "123"], table.Body[1].Cells.Select(c => TextOf(c.Content)));
    }

    [Fact]
    public void A_multiline_table_joins_the_lines_of_a_row_and_keeps_relative_widths_and_its_caption()
    {
        const string source = """
            -------------------------------
             Centered   Default
              Header    aligned
            ----------- -------------------
               First    spans
                        two lines.

              Second    one line
            -------------------------------

            Table: Two rows.
            """;
        var table = Assert.IsType<Table>(Assert.Single(Md.Read(source).Blocks));
        Assert.Equal("Two rows.", PlainText.Of(table.Caption));
        Assert.Equal("Centered Header", TextOf(table.Head.Single().Cells[0].Content));
        Assert.Equal(2, table.Body.Count);
        Assert.Equal("spans two lines.", TextOf(table.Body[0].Cells[1].Content));
        Assert.All(table.Columns, c => Assert.NotNull(c.RelativeWidth));
        Assert.Equal(Alignment.Center, table.Columns[0].Alignment);
    }

    [Fact]
    public void A_headerless_simple_table_sits_between_two_lines_of_dashes()
    {
        var table = Assert.IsType<Table>(Assert.Single(Md.Read("----- -----\n   12 ab\n  123 cd\n----- -----\n").Blocks));
        Assert.Empty(table.Head);
        Assert.Equal(2, table.Body.Count);
    }

    [Fact]
    public void A_line_block_keeps_each_line_and_its_indentation()
    {
        var div = Assert.IsType<Div>(Assert.Single(Md.Read("| The limerick packs laughs\n|    anatomical\n| 1. not a list\n").Blocks));
        Assert.Contains("line-block", div.Attr.Classes);
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(div.Content));
        Assert.Equal(2, paragraph.Content.Count(i => i is LineBreak));
        Assert.Contains("\u00A0\u00A0\u00A0anatomical", PlainText.Of(paragraph.Content));
        Assert.Contains("1. not a list", PlainText.Of(paragraph.Content));
    }

    [Fact]
    public void A_percent_title_block_is_metadata_not_text()
    {
        var document = Md.Read("% The Title\n  continued\n% Ann One; Bob Two\n% 2006-07-17\n\nBody.\n");
        Assert.Equal("The Title continued", document.Metadata.Title);
        Assert.Equal(["Ann One", "Bob Two"], document.Metadata.Authors.Select(a => a.Name));
        Assert.Equal("2006-07-17", document.Metadata.Date);
        Assert.Equal("Body.", TextOf(document.Blocks));
        Assert.Equal(6, Assert.Single(document.Blocks).Span.Line);
    }

    [Fact]
    public void Fancy_list_markers_give_style_and_start()
    {
        var blocks = Md.Read("iv. four\nv. five\n\n(C) three\n(D) four\n\n#. one\n#. two\n\nB. Williams was here.\n").Blocks;
        var roman = Assert.IsType<OrderedList>(blocks[0]);
        Assert.Equal((4, ListNumberStyle.LowerRoman), (roman.Start, roman.Style));
        var alpha = Assert.IsType<OrderedList>(blocks[1]);
        Assert.Equal((3, ListNumberStyle.UpperAlpha), (alpha.Start, alpha.Style));
        Assert.Equal(2, Assert.IsType<OrderedList>(blocks[2]).Items.Count);
        // A capital letter and a period need two spaces to start a list: this is a name.
        Assert.Equal("B. Williams was here.", PlainText.Of(Assert.IsType<Paragraph>(blocks[3]).Content));
    }

    [Fact]
    public void Example_lists_number_on_across_the_document_and_labels_are_referenced_by_number()
    {
        var blocks = Md.Read("(@) First.\n(@good) Second.\n\nAs (@good) shows.\n\n(@) Third.\n").Blocks;
        Assert.Equal(1, Assert.IsType<OrderedList>(blocks[0]).Start);
        Assert.Equal("As (2) shows.", PlainText.Of(Assert.IsType<Paragraph>(blocks[1]).Content));
        Assert.Equal(3, Assert.IsType<OrderedList>(blocks[2]).Start);
    }

    [Fact]
    public void A_list_or_quote_needs_a_blank_line_before_it_outside_a_list()
    {
        var blocks = Md.Read("Here's one with a bullet.\n* criminey.\n\nNot a quote: 2\n> 1.\n").Blocks;
        Assert.All(blocks, b => Assert.IsType<Paragraph>(b));
        var nested = Md.Read("- a\n    - b\n").Blocks;
        Assert.IsType<BulletList>(Assert.Single(Assert.IsType<BulletList>(Assert.Single(nested)).Items.Single().Content.OfType<BulletList>()));
    }

    [Fact]
    public void A_heading_text_in_brackets_links_to_that_heading()
    {
        var blocks = Md.Read("# General options {#general}\n\n## Other Things\n\nSee [General options] and [Other Things] and [the things][Other Things].\n").Blocks;
        var links = Assert.IsType<Paragraph>(blocks[2]).Content.OfType<Link>().ToList();
        Assert.Equal(["#general", "#other-things", "#other-things"], links.Select(l => l.Target));
    }

    [Fact]
    public void An_explicit_reference_definition_wins_over_a_heading_of_the_same_text()
    {
        var blocks = Md.Read("# Options\n\nSee [Options].\n\n[Options]: https://example.org/\n").Blocks;
        Assert.Equal("https://example.org/", Assert.Single(Assert.IsType<Paragraph>(blocks[1]).Content.OfType<Link>()).Target);
    }

    [Fact]
    public void Superscripts_and_subscripts_hold_no_unescaped_space()
    {
        var inlines = Md.Inlines("H~2~O and 2^10^ but a^b c^d and x~y z~w");
        Assert.Single(inlines.OfType<Subscript>());
        Assert.Single(inlines.OfType<Superscript>());
        Assert.Contains("a^b c^d", PlainText.Of(inlines));
    }

    [Fact]
    public void A_backslash_at_the_end_of_a_line_breaks_it()
    {
        Assert.Contains(Md.Inlines("one\\\ntwo"), i => i is LineBreak);
    }

    /// <summary>The text of every text-bearing inline under the blocks, in order.</summary>
    private static string TextOf(IEnumerable<Block> blocks)
    {
        var parts = new List<string>();
        NodeWalker.Walk(blocks.ToList(), node =>
        {
            switch (node)
            {
                case Publish.Model.Text t: parts.Add(t.Value); break;
                case Code c: parts.Add(c.Value); break;
                case CodeBlock b: parts.Add(b.Text); break;
            }
        });
        return string.Join(" ", parts);
    }
}
