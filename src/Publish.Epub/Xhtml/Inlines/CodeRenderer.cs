using Publish.Model;

namespace Publish.Epub.Xhtml.Inlines;

internal sealed class CodeRenderer : InlineRenderer<Code>
{
    protected override void Write(XhtmlRenderer renderer, Code inline) =>
        renderer.Out.Open("code", renderer.Attributes(inline.Attr)).Text(inline.Value).Close("code");
}
