using Publish.Model;

namespace Publish.Readers.Tests;

/// <summary>Every node carries its 1-based file, line and column.</summary>
public class SourceSpanTests
{
    [Fact]
    public void Blocks_and_inlines_have_one_based_lines_and_columns()
    {
        var blocks = Md.Read("# Title\n\nSome *text*\n\n> quoted\n\n- item\n").Blocks;
        Assert.Equal(new SourceSpan(Md.File, 1, 1), blocks[0].Span);
        Assert.Equal(new SourceSpan(Md.File, 1, 3), ((Heading)blocks[0]).Content[0].Span);
        Assert.Equal(new SourceSpan(Md.File, 3, 6), ((Paragraph)blocks[1]).Content[1].Span);
        Assert.Equal(new SourceSpan(Md.File, 5, 1), blocks[2].Span);
        Assert.Equal(new SourceSpan(Md.File, 5, 3), ((BlockQuote)blocks[2]).Content[0].Span);
        Assert.Equal(new SourceSpan(Md.File, 7, 1), blocks[3].Span);
    }

    [Fact]
    public void Setext_headings_report_their_first_line()
    {
        var blocks = Md.Read("Intro\n\nTitle\n=====\n").Blocks;
        Assert.Equal(3, blocks[1].Span.Line);
    }

    [Fact]
    public void No_node_is_left_without_a_span()
    {
        var document = Md.Read("# T\n\nA *b* `c` [d](#t) ![e](f.png) x^2^ $y$^[n]\n\n| a |\n|---|\n| 1 |\n\n- [x] z\n\nTerm\n: Def\n");
        var missing = new SpanCheck();
        missing.Rewrite(document);
        Assert.Empty(missing.Without);
    }

    private sealed class SpanCheck : Rewriter
    {
        public List<Node> Without { get; } = [];
        protected override IEnumerable<Block> RewriteBlock(Block block) { if (block.Span.Line == 0) Without.Add(block); return [block]; }
        protected override IEnumerable<Inline> RewriteInline(Inline inline) { if (inline.Span.Line == 0) Without.Add(inline); return [inline]; }
    }
}
