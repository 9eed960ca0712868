using Publish.Model;

namespace Publish.Epub.Xhtml.Blocks;

internal sealed class ThematicBreakRenderer : BlockRenderer<ThematicBreak>
{
    protected override void Write(XhtmlRenderer renderer, ThematicBreak block) =>
        renderer.Out.EnsureLine().Void("hr", renderer.Attributes(block.Attr)).Line();
}
