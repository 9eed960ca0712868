using Publish.Model;

namespace Publish.Epub.Xhtml.Blocks;

internal sealed class FigureRenderer : BlockRenderer<Figure>
{
    protected override void Write(XhtmlRenderer renderer, Figure block)
    {
        var o = renderer.Out;
        var src = renderer.Settings.ResolveImage(block.Image);
        if (src is null)
        {
            // Nothing to show: keep the words (alt text, else the caption) rather than a broken image.
            o.EnsureLine().Open("p", renderer.Attributes(block.Attr));
            if (block.Image.Alt.Length > 0) o.Text(block.Image.Alt);
            else renderer.WriteInlines(block.Caption);
            o.Close("p").Line();
            return;
        }
        var alt = block.Image.Alt.Length > 0 ? block.Image.Alt : PlainText.Of(block.Caption);
        o.EnsureLine().Open("figure", renderer.Attributes(block.Attr)).Line();
        // A figure is a block already: only a size the source gives carries over.
        var (_, style) = Inlines.ImageSizing.Of(block.Image, null);
        o.Void("img", ("src", UrlText.Escape(src)), ("alt", alt), ("title", block.Image.Title), ("style", style)).Line();
        if (block.Caption.Count > 0)
        {
            // A caption that only repeats the alt text would be read twice: screen readers skip it.
            var repeats = string.Equals(PlainText.Of(block.Caption).Trim(), alt.Trim(), StringComparison.Ordinal);
            o.Open("figcaption", ("aria-hidden", repeats ? "true" : null));
            renderer.WriteInlines(block.Caption);
            o.Close("figcaption").Line();
        }
        o.Close("figure").Line();
    }
}
