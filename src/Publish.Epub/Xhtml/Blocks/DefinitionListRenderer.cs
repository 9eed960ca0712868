using Publish.Model;

namespace Publish.Epub.Xhtml.Blocks;

internal sealed class DefinitionListRenderer : BlockRenderer<DefinitionList>
{
    protected override void Write(XhtmlRenderer renderer, DefinitionList block)
    {
        var o = renderer.Out;
        o.EnsureLine().Open("dl", renderer.Attributes(block.Attr)).Line();
        foreach (var item in block.Items)
        {
            o.Open("dt");
            renderer.WriteInlines(item.Term);
            o.Close("dt").Line();
            foreach (var definition in item.Definitions)
            {
                o.Open("dd");
                renderer.WriteNestedBlocks(definition);
                o.Close("dd").Line();
            }
        }
        o.Close("dl").Line();
    }
}
