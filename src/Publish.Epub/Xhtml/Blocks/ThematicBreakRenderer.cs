using Publish.Model;

namespace Publish.Epub.Xhtml.Blocks;

public sealed class ThematicBreakRenderer : BlockRenderer<ThematicBreak>
{
    protected override void Write(XhtmlRenderer renderer, ThematicBreak block) =>
        renderer.Out.EnsureLine().Void("hr", renderer.Attributes(block.Attr)).Line();
}
