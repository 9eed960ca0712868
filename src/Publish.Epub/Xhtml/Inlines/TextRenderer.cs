using Publish.Model;

namespace Publish.Epub.Xhtml.Inlines;

internal sealed class TextRenderer : InlineRenderer<Text>
{
    protected override void Write(XhtmlRenderer renderer, Text inline) => renderer.Out.Text(inline.Value);
}
