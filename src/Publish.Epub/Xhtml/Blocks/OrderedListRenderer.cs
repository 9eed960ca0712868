using System.Globalization;
using Publish.Model;

namespace Publish.Epub.Xhtml.Blocks;

internal sealed class OrderedListRenderer : BlockRenderer<OrderedList>
{
    protected override void Write(XhtmlRenderer renderer, OrderedList block)
    {
        var start = block.Start == 1 ? null : block.Start.ToString(CultureInfo.InvariantCulture);
        var type = block.Style switch
        {
            ListNumberStyle.LowerAlpha => "a",
            ListNumberStyle.UpperAlpha => "A",
            ListNumberStyle.LowerRoman => "i",
            ListNumberStyle.UpperRoman => "I",
            _ => null,
        };
        renderer.Out.EnsureLine().Open("ol", renderer.Attributes(block.Attr, null, ("start", start), ("type", type))).Line();
        ListItemWriter.Write(renderer, block.Items, block.Tight);
        renderer.Out.EnsureLine().Close("ol").Line();
    }
}
