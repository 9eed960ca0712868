using Publish.Layout.Paged;
using Publish.Layout.Tagging;
using Publish.Model;

namespace Publish.Layout.Blocks;

/// <summary>One layouter per block type (after Markdig's renderers): turns a block into flow.</summary>
internal abstract class BlockLayout
{
    public abstract Type BlockType { get; }
    public abstract void Layout(Block block, BlockContext ctx, FlowWriter flow);
    /// <summary>The structure element the block's items hang on in a tagged PDF; null leaves them to the enclosing block.</summary>
    public virtual StructNode? Structure(Block block, BlockContext ctx) => null;
}

internal abstract class BlockLayout<T> : BlockLayout where T : Block
{
    public sealed override Type BlockType => typeof(T);
    public sealed override void Layout(Block block, BlockContext ctx, FlowWriter flow) => Layout((T)block, ctx, flow);
    protected abstract void Layout(T block, BlockContext ctx, FlowWriter flow);
    public sealed override StructNode? Structure(Block block, BlockContext ctx) => Structure((T)block, ctx);
    protected virtual StructNode? Structure(T block, BlockContext ctx) => null;
}

/// <summary>Finds the layouter for each block and runs it.</summary>
internal sealed class BlockDispatcher
{
    private readonly Dictionary<Type, BlockLayout> _layouts = [];

    public BlockDispatcher(IEnumerable<BlockLayout> layouts)
    {
        foreach (var layout in layouts) _layouts[layout.BlockType] = layout;
    }

    /// <summary>Every block type of the model.</summary>
    public static BlockDispatcher Default { get; } = new(
    [
        new ParagraphBlock(), new HeadingBlock(), new QuoteBlock(), new BulletListBlock(), new OrderedListBlock(),
        new DefinitionListBlock(), new CodeBlockLayout(), new TableBlock(), new FigureBlock(), new ThematicBreakBlock(),
        new DivBlock(), new RawBlockLayout(),
    ]);

    public void Layout(IEnumerable<Block> blocks, BlockContext ctx, FlowWriter flow)
    {
        foreach (var block in blocks) Layout(block, ctx, flow);
    }

    public void Layout(Block block, BlockContext ctx, FlowWriter flow)
    {
        if (block.Attr.Id.Length > 0 && block is not Heading) flow.Anchor(block.Attr.Id, ctx.Left);
        if (_layouts.TryGetValue(block.GetType(), out var layout))
        {
            var start = flow.Elements.Count;
            layout.Layout(block, ctx, flow);
            if (layout.Structure(block, ctx) is { } node)
            {
                node.Source = block;
                StructTagging.Adopt(flow.Elements.Skip(start), node);
            }
        }
        else ctx.Diagnostics.Report(DiagnosticCatalog.BlockNotLaidOut, $"{block.GetType().Name} blocks are not laid out in PDF yet and are left out", block.Span);
    }
}
