using Publish.Model;

namespace Publish.Epub.Xhtml.Blocks;

internal sealed class DivRenderer : BlockRenderer<Div>
{
    protected override void Write(XhtmlRenderer renderer, Div block)
    {
        renderer.Out.EnsureLine().Open("div", renderer.Attributes(block.Attr)).Line();
        renderer.WriteNestedBlocks(block.Content);
        renderer.Out.EnsureLine().Close("div").Line();
    }
}
