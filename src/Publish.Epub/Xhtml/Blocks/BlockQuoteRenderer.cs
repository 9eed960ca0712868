using Publish.Model;

namespace Publish.Epub.Xhtml.Blocks;

internal sealed class BlockQuoteRenderer : BlockRenderer<BlockQuote>
{
    protected override void Write(XhtmlRenderer renderer, BlockQuote block)
    {
        renderer.Out.EnsureLine().Open("blockquote", renderer.Attributes(block.Attr)).Line();
        renderer.WriteNestedBlocks(block.Content);
        renderer.Out.EnsureLine().Close("blockquote").Line();
    }
}
