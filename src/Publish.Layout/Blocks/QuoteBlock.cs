using Publish.Layout.Paged;
using Publish.Model;

namespace Publish.Layout.Blocks;

/// <summary>Block quotes: indented on both sides, in the theme's quote type.</summary>
internal sealed class QuoteBlock : BlockLayout<BlockQuote>
{
    protected override StructNode? Structure(BlockQuote block, BlockContext ctx) => new(StructRole.BlockQuote);

    protected override void Layout(BlockQuote block, BlockContext ctx, FlowWriter flow)
    {
        var style = ctx.Theme.Quote;
        if (flow.Previous != Previous.Start) flow.Space(ctx.BlockGap);
        var families = style.Families.Count > 0 ? style.Families : ctx.Text.Families;
        var leading = style.Size * ctx.Text.Leading / ctx.Text.Size;
        var inner = ctx.Indented(style.Indent, style.Indent) with { Text = new TextStyle(families, style.Size, leading, style.Italic) };
        var nested = new FlowWriter();
        ctx.Blocks.Layout(block.Content, inner, nested);
        flow.Add(nested);
        flow.Previous = Previous.Other;
    }
}

/// <summary>Generic containers: their blocks, in place.</summary>
internal sealed class DivBlock : BlockLayout<Div>
{
    protected override StructNode? Structure(Div block, BlockContext ctx) => new(StructRole.Div);

    protected override void Layout(Div block, BlockContext ctx, FlowWriter flow) => ctx.Blocks.Layout(block.Content, ctx, flow);
}
