using Publish.Model;

namespace Publish.Epub.Xhtml.Blocks;

internal sealed class BulletListRenderer : BlockRenderer<BulletList>
{
    protected override void Write(XhtmlRenderer renderer, BulletList block)
    {
        var taskList = block.Items.Any(i => i.Checked is not null) ? "task-list" : null;
        renderer.Out.EnsureLine().Open("ul", renderer.Attributes(block.Attr, taskList)).Line();
        ListItemWriter.Write(renderer, block.Items, block.Tight);
        renderer.Out.EnsureLine().Close("ul").Line();
    }
}
