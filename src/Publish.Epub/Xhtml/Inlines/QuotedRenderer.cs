using Publish.Model;

namespace Publish.Epub.Xhtml.Inlines;

internal sealed class QuotedRenderer : InlineRenderer<Quoted>
{
    protected override void Write(XhtmlRenderer renderer, Quoted inline)
    {
        var (open, close) = inline.Kind == QuoteKind.Double ? ("\u201C", "\u201D") : ("\u2018", "\u2019");
        renderer.Out.Text(open);
        renderer.WriteInlines(inline.Content);
        renderer.Out.Text(close);
    }
}
