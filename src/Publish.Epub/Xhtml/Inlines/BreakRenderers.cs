using Publish.Model;

namespace Publish.Epub.Xhtml.Inlines;

internal sealed class LineBreakRenderer : InlineRenderer<LineBreak>
{
    protected override void Write(XhtmlRenderer renderer, LineBreak inline) => renderer.Out.Void("br").Line();
}

internal sealed class SoftBreakRenderer : InlineRenderer<SoftBreak>
{
    protected override void Write(XhtmlRenderer renderer, SoftBreak inline) => renderer.Out.Line();
}
