using Publish.Model;

namespace Publish.Epub.Xhtml.Blocks;

/// <summary>Inlines that stand in their block without a paragraph (text directly inside an HTML element).</summary>
internal sealed class PlainRenderer : BlockRenderer<Plain>
{
    protected override void Write(XhtmlRenderer renderer, Plain block) => renderer.WriteInlines(block.Content);
}
