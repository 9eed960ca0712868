using Publish.Model;

namespace Publish.Epub.Xhtml.Inlines;

/// <summary>An image inside text: shown on the line when small, as a block between the lines when large (<see cref="ImageSizing"/>).</summary>
internal sealed class ImageRenderer : InlineRenderer<Image>
{
    protected override void Write(XhtmlRenderer renderer, Image inline)
    {
        var src = renderer.Settings.ResolveImage(inline);
        if (src is null)
        {
            renderer.Out.Text(inline.Alt);
            return;
        }
        var (cssClass, style) = ImageSizing.Of(inline, renderer.Settings.ImageSize(inline));
        // Width and height go to CSS: as attributes XHTML takes only whole pixels.
        var attr = inline.Attr with { KeyValues = [.. inline.Attr.KeyValues.Where(kv => kv.Key is not ("width" or "height"))] };
        renderer.Out.Void("img", renderer.Attributes(attr, cssClass, ("src", UrlText.Escape(src)), ("alt", inline.Alt), ("title", inline.Title), ("style", style)));
    }
}
