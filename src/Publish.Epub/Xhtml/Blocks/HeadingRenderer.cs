using Publish.Model;

namespace Publish.Epub.Xhtml.Blocks;

internal sealed class HeadingRenderer : BlockRenderer<Heading>
{
    protected override void Write(XhtmlRenderer renderer, Heading block)
    {
        var tag = "h" + Math.Clamp(block.Level, 1, 6);
        renderer.Out.EnsureLine().Open(tag, renderer.Attributes(block.Attr));
        renderer.WriteInlines(block.Content);
        renderer.Out.Close(tag).Line();
    }
}
