using Publish.Model;

namespace Publish.Epub.Xhtml.Inlines;

internal sealed class LinkRenderer : InlineRenderer<Link>
{
    protected override void Write(XhtmlRenderer renderer, Link inline)
    {
        var href = renderer.Settings.ResolveLink(inline);
        if (href is null)
        {
            renderer.WriteInlines(inline.Content);
            return;
        }
        renderer.Out.Open("a", renderer.Attributes(inline.Attr, null, ("href", UrlText.Escape(href)), ("title", inline.Title)));
        renderer.WriteInlines(inline.Content);
        renderer.Out.Close("a");
    }
}
