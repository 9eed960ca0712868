using Publish.Model;
using static Publish.Layout.Tests.Pages.Books;

namespace Publish.Layout.Tests.Pages;

/// <summary>Which lines land on which page: ten lines fit a page of the tiny theme.</summary>
public class PageBreakTests
{
    [Fact]
    public void Lines_fill_a_page_and_continue_on_the_next()
    {
        var pages = Lay(Doc(Lines("a", 25))).Pages();
        Assert.Equal(3, pages.Length);
        Assert.Equal([.. Enumerable.Range(1, 10).Select(i => $"a{i}")], pages[0]);
        Assert.Equal("a11", pages[1][0]);
        Assert.Equal(["a21", "a22", "a23", "a24", "a25"], pages[2]);
    }

    [Fact]
    public void A_widow_pulls_a_line_over_from_the_page_before()
    {
        // Eleven lines: ten would fit, leaving "a11" alone at the top of page two.
        var pages = Lay(Doc(Lines("a", 11))).Pages();
        Assert.Equal(9, pages[0].Length);
        Assert.Equal(["a10", "a11"], pages[1]);
    }

    [Fact]
    public void An_orphan_moves_to_the_next_page_with_its_paragraph()
    {
        // Nine lines, then a paragraph whose first line alone would end page one.
        var pages = Lay(Doc(Lines("a", 9), Lines("b", 4))).Pages();
        Assert.Equal(9, pages[0].Length);
        Assert.Equal(["b1", "b2", "b3", "b4"], pages[1]);
    }

    [Fact]
    public void A_three_line_paragraph_splits_two_and_one_never_one_and_two()
    {
        var pages = Lay(Doc(Lines("a", 8), Lines("b", 3))).Pages();
        Assert.Equal(["b1", "b2", "b3"], pages[1]);
    }

    [Fact]
    public void A_heading_is_never_last_on_a_page()
    {
        var pages = Lay(Doc(Lines("a", 9), H(2, "Section"), Lines("b", 4))).Pages();
        Assert.Equal("Section", pages[1][0]);
        Assert.Equal(9, pages[0].Length);
    }

    [Fact]
    public void A_heading_keeps_two_lines_of_its_paragraph_with_it()
    {
        // Heading + one line would fit on page one, but the paragraph's first line may not be alone.
        var pages = Lay(Doc(Lines("a", 8), H(2, "Section"), Lines("b", 4))).Pages();
        Assert.Equal(8, pages[0].Length);
        Assert.Equal(["Section", "b1", "b2", "b3", "b4"], pages[1]);
    }

    [Fact]
    public void Chapters_start_on_a_new_page()
    {
        var result = Lay(Doc(H(1, "One"), Lines("a", 2), H(1, "Two"), Lines("b", 2)));
        Assert.Equal([["One", "a1", "a2"], ["Two", "b1", "b2"]], result.Pages());
        Assert.Contains(result.Breaks, b => b.PageIndex == 0 && b.Reason == "chapter starts");
    }

    [Fact]
    public void Chapters_can_insist_on_a_right_hand_page()
    {
        var theme = Tiny with { Chapters = Tiny.Chapters with { StartOnRecto = true } };
        var result = Lay(Doc(H(1, "One"), Lines("a", 2), H(1, "Two"), Lines("b", 2)), theme);
        Assert.Equal([["One", "a1", "a2"], [], ["Two", "b1", "b2"]], result.Pages());
        Assert.True(result.Drafts[1].Bare);
    }

    [Fact]
    public void The_chapter_sink_survives_the_page_top()
    {
        var theme = Tiny with { Chapters = Tiny.Chapters with { Sink = 30 } };
        var result = Lay(Doc(H(1, "One"), Lines("a", 9)), theme);
        // 30 pt of sink and the heading leave room for six of the ten lines.
        Assert.Equal(["One", "a1", "a2", "a3", "a4", "a5", "a6"], result.Pages()[0]);
        Assert.Equal(["a7", "a8", "a9"], result.Pages()[1]);
    }

    [Fact]
    public void A_block_taller_than_a_page_is_split_rather_than_lost()
    {
        var code = new CodeBlock(null, string.Join('\n', Enumerable.Range(1, 30).Select(i => $"c{i}")));
        var result = Lay(Doc(code));
        var lines = result.Pages().SelectMany(p => p).Where(t => t.StartsWith('c')).ToList();
        Assert.Equal(30, lines.Count);
        Assert.True(result.Drafts.Count >= 3);
    }
}
