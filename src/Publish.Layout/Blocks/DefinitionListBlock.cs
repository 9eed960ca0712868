using Publish.Layout.Paged;
using Publish.Model;

namespace Publish.Layout.Blocks;

/// <summary>Definition lists: the term in bold, kept with its definitions, which are indented.</summary>
internal sealed class DefinitionListBlock : BlockLayout<DefinitionList>
{
    protected override StructNode? Structure(DefinitionList block, BlockContext ctx) => new(StructRole.Div);

    protected override void Layout(DefinitionList block, BlockContext ctx, FlowWriter flow)
    {
        var inner = ctx.Indented(ctx.Theme.ListIndent) with { ListDepth = ctx.ListDepth + 1 };
        foreach (var item in block.Items)
        {
            if (flow.Previous != Previous.Start) flow.Space(ctx.BlockGap);
            var term = ctx.Lines.Layout(item.Term, ctx.Settings(Styling.TextAlign.Left) with { Bold = true }, block.Span);
            flow.Add(ctx.Boxes(term, keepTogether: true).Select(b => b with { KeepWithNext = true }));
            foreach (var definition in item.Definitions)
            {
                var nested = new FlowWriter();
                ctx.Blocks.Layout(definition, inner, nested);
                flow.Add(nested);
            }
            flow.Previous = Previous.Other;
        }
    }
}
