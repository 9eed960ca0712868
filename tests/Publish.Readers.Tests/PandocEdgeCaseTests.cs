using Publish.Model;

namespace Publish.Readers.Tests;

/// <summary>
/// pandoc's Markdown where it parts from CommonMark: raw TeX blocks, grid tables as pandoc 2.17 reads
/// them, addresses with spaces, e-mail autolinks in any script. Each expectation is what
/// <c>pandoc -f markdown -t native</c> (2.17) makes of the same input.
/// </summary>
public sealed class PandocEdgeCaseTests
{
    [Fact]
    public void A_LaTeX_environment_is_a_raw_TeX_block_to_its_matching_end_even_across_blank_lines()
    {
        // pandoc: [Para "Before.", RawBlock tex "\\begin{figure}…\\end{figure}", Para "After."]
        var blocks = Md.Read("Before.\n\n\\begin{figure}\n\\begin{figure}\n\n\\includegraphics{a.png}\n\\end{figure}\n\\end{figure}\nAfter.\n", out _).Blocks;
        Assert.Equal(3, blocks.Count);
        var raw = Assert.IsType<RawBlock>(blocks[1]);
        Assert.Equal("tex", raw.Format);
        Assert.Equal("\\begin{figure}\n\\begin{figure}\n\n\\includegraphics{a.png}\n\\end{figure}\n\\end{figure}", raw.Text);
        Assert.Equal("After.", PlainText.Of(Assert.IsType<Paragraph>(blocks[2]).Content));
    }

    [Theory]
    [InlineData("\\startformula\nx\n\\stopformula", "ConTeXt environment")]
    [InlineData("\\start[a2]\n\\start[a2]\n\\stop[a2]\n\\stop[a2]", "nested ConTeXt environments")]
    [InlineData("\\usepackage{amsmath}\n\\newcommand{\\R}{\\mathbb{R}}", "a line of commands, then a macro definition")]
    [InlineData("\\clearpage", "a command alone on its line")]
    public void Raw_TeX_standing_as_a_block_is_kept_as_written_in_one_raw_block(string tex, string what)
    {
        var blocks = Md.Read(tex + "\n\nText.\n", out _).Blocks;
        Assert.True(blocks.Count == 2, what);
        Assert.Equal(tex, Assert.IsType<RawBlock>(blocks[0]).Text);
    }

    [Theory]
    [InlineData("\\emph{Hello} world", "a command of running text starts a paragraph")]
    [InlineData("\\begin{equation}\nx=1\n\\end{equation}", "math environments are math, not raw blocks")]
    [InlineData("\\begin{center}\nx\n\\end{center} trailing", "an environment with text after it on its last line")]
    public void TeX_that_pandoc_does_not_take_as_a_raw_block_alone_keeps_its_words(string source, string why)
    {
        var blocks = Md.Read(source + "\n", out _).Blocks;
        Assert.True(blocks.All(b => b is not RawBlock), why);
    }

    [Fact]
    public void The_raw_TeX_of_a_document_is_reported_once_with_the_lines_of_every_block()
    {
        Md.Read("# T\n\n\\begin{center}\nx\n\\end{center}\n\nText.\n\n\\clearpage\n", out var diagnostics);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCatalog.RawTexLeftOut.Code, warning.Code);
        Assert.Equal(3, warning.Span.Line);
        Assert.Contains("2 raw TeX blocks (lines 3\u20135, 9)", warning.Message);
    }

    [Fact]
    public void A_grid_table_needs_no_closing_border_and_takes_its_header_above_the_equals_line()
    {
        // pandoc: head [a, b]; body [c, d], [e, f].
        var table = Assert.IsType<Table>(Assert.Single(Md.Read("+---+---+\n| a | b |\n+===+===+\n| c | d |\n+---+---+\n| e | f |\n").Blocks));
        Assert.Equal(["a", "b"], table.Head.Single().Cells.Select(CellText));
        Assert.Equal(2, table.Body.Count);
    }

    [Fact]
    public void A_grid_table_drawn_with_spans_ends_at_its_first_border_that_is_no_row_separator_and_the_rest_is_text()
    {
        // pandoc 2.17 has no spans: the header line has three columns where the top has two, so the
        // table has no header and one row [a, b]; the lines from "+=====+==+==+" on are a paragraph.
        var blocks = Md.Read("+-----+-----+\n| a   | b   |\n+=====+==+==+\n| c   | d | e |\n+-----+--+--+\n\nAfter\n").Blocks;
        var table = Assert.IsType<Table>(blocks[0]);
        Assert.Empty(table.Head);
        Assert.Equal(["a", "b"], Assert.Single(table.Body).Cells.Select(CellText));
        Assert.StartsWith("+=====+==+==+", PlainText.Of(Assert.IsType<Paragraph>(blocks[1]).Content));
        Assert.Equal("After", PlainText.Of(Assert.IsType<Paragraph>(blocks[2]).Content));
    }

    [Fact]
    public void A_grid_cell_loses_one_leading_space_so_text_indented_four_more_is_code()
    {
        // pandoc: the cell's "     +" is the code block "+" after the paragraph "a" (as in a table drawn with row spans).
        var table = Assert.IsType<Table>(Assert.Single(Md.Read("+----------+\n| a        |\n|          |\n|     +    |\n+----------+\n").Blocks));
        var cell = Assert.Single(Assert.Single(table.Body).Cells);
        Assert.IsType<CodeBlock>(cell.Content[^1]);
    }

    [Fact]
    public void An_inline_link_address_may_have_spaces_which_become_percent_20()
    {
        // pandoc: <a href="a%20b%20c" title="T">x</a> and <a href="a%20b">y</a> and <a href="p%20q">z</a>
        var links = Md.Inlines("[x](a b c \"T\") and [y](<a b>) and [z]( p\n q )").OfType<Link>().ToList();
        Assert.Equal(["a%20b%20c", "a%20b", "p%20q"], links.Select(l => l.Target.Replace(" ", "%20")));
        Assert.Equal("T", links[0].Title);
        Assert.Equal(["x", "y", "z"], links.Select(l => PlainText.Of(l.Content)));
    }

    [Fact]
    public void A_reference_definition_may_have_spaces_in_its_address_or_none_at_all()
    {
        // pandoc: <a href="/a%20b%20c" title="T">r</a> <a href="">s</a>
        var links = Md.Inlines("[r] [s]\n\n[r]: /a b c \"T\"\n[s]:\n").OfType<Link>().ToList();
        Assert.Equal(2, links.Count);
        Assert.Equal(("/a%20b%20c", "T"), (links[0].Target, links[0].Title));
        Assert.Equal("", links[1].Target);
    }

    [Fact]
    public void An_e_mail_autolink_takes_letters_of_any_script_and_character_references()
    {
        // pandoc: <a href="mailto:测@例子.中国">测@例子.中国</a>, and me@exämple.com
        var links = Md.Inlines("<测@例子.中国> and <me@ex&auml;mple.com> and <a@b.com>").OfType<Link>().ToList();
        Assert.Equal(["测@例子.中国", "me@exämple.com", "a@b.com"], links.Select(l => PlainText.Of(l.Content)));
        Assert.All(links, l => Assert.StartsWith("mailto:", l.Target));
    }

    [Fact]
    public void Closing_hashes_before_a_headings_attributes_are_no_part_of_its_text()
    {
        // pandoc: Header 3 ("ext-styles", [], []) [Str "Extension:", Space, Code "styles"], Header 1 ("cs", [], []) [Str "C#"]
        var headings = Md.Read("### Extension: `styles` ### {#ext-styles}\n\n# C# ### {#cs}\n").Blocks.Cast<Heading>().ToList();
        Assert.Equal([("Extension: styles", "ext-styles"), ("C#", "cs")], headings.Select(h => (PlainText.Of(h.Content), h.Id)));
    }

    private static string CellText(TableCell cell) => string.Concat(cell.Content.Select(b => b switch
    {
        Plain p => PlainText.Of(p.Content),
        Paragraph p => PlainText.Of(p.Content),
        _ => "",
    }));

    [Fact]
    public void A_simple_table_inside_a_list_item_is_a_table_of_that_item()
    {
        // pandoc: [BulletList [[Para "item", Table …], [Para "next"]]]
        var blocks = Md.Read("- item\n\n  Name   Age\n  ----   ---\n  Ann    30\n\n- next\n", out _).Blocks;
        var list = Assert.IsType<BulletList>(Assert.Single(blocks));
        Assert.Equal(2, list.Items.Count);
        Assert.IsType<Table>(list.Items[0].Content[1]);
    }

    [Fact]
    public void A_table_in_an_ordered_item_with_a_wide_marker_follows_its_content_column()
    {
        // "10. " puts the item's text at column 4: the table is indented to it.
        var blocks = Md.Read("10. ten\n\n    a    b\n    ---  ---\n    1    2\n", out _).Blocks;
        var list = Assert.IsType<OrderedList>(Assert.Single(blocks));
        Assert.Equal(10, list.Start);
        Assert.IsType<Table>(list.Items[0].Content[1]);
    }

    [Fact]
    public void A_simple_table_inside_a_block_quote_is_a_table_of_the_quote()
    {
        // pandoc: [BlockQuote [Para "quoted", Table …]]; a '>' alone separates as a blank line does.
        var blocks = Md.Read("> quoted\n>\n> Name   Age\n> ----   ---\n> Ann    30\n", out _).Blocks;
        var quote = Assert.IsType<BlockQuote>(Assert.Single(blocks));
        Assert.Equal(2, quote.Content.Count);
        Assert.IsType<Table>(quote.Content[1]);
    }

    [Fact]
    public void A_line_block_inside_a_list_item_keeps_its_lines_and_indentation()
    {
        // pandoc: [BulletList [[Para "poem", LineBlock [["line","one"],["\160\160\160indented"]]]]]
        var blocks = Md.Read("- poem\n\n  | line one\n  |    indented\n", out _).Blocks;
        var item = Assert.IsType<BulletList>(Assert.Single(blocks)).Items[0];
        var div = Assert.IsType<Div>(item.Content[1]);
        Assert.Contains("line-block", div.Attr.Classes);
        Assert.Contains("indented", PlainText.Of(Assert.IsType<Paragraph>(Assert.Single(div.Content)).Content));
    }

    [Fact]
    public void An_indented_table_not_under_a_list_item_stays_a_top_level_table()
    {
        var blocks = Md.Read("Text.\n\n  a    b\n  ---  ---\n  1    2\n", out _).Blocks;
        Assert.IsType<Table>(blocks[1]);
    }
}
