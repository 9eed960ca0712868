using Publish.Model;

namespace Publish.Epub.Xhtml.Blocks;

internal sealed class ParagraphRenderer : BlockRenderer<Paragraph>
{
    protected override void Write(XhtmlRenderer renderer, Paragraph block)
    {
        // In a tight list the item's own text stands without a paragraph (CommonMark's rendering).
        if (renderer.TightParagraphs && block.Attr.IsEmpty)
        {
            renderer.WriteInlines(block.Content);
            renderer.Out.Line();
            return;
        }
        renderer.Out.EnsureLine().Open("p", renderer.Attributes(block.Attr));
        renderer.WriteInlines(block.Content);
        renderer.Out.Close("p").Line();
    }
}
