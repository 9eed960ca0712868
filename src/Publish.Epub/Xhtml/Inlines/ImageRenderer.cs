using Publish.Model;

namespace Publish.Epub.Xhtml.Inlines;

public sealed class ImageRenderer : InlineRenderer<Image>
{
    protected override void Write(XhtmlRenderer renderer, Image inline)
    {
        var src = renderer.Settings.ResolveImage(inline);
        if (src is null)
        {
            renderer.Out.Text(inline.Alt);
            return;
        }
        renderer.Out.Void("img", renderer.Attributes(inline.Attr, null, ("src", UrlText.Escape(src)), ("alt", inline.Alt), ("title", inline.Title)));
    }
}
