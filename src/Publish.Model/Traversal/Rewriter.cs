namespace Publish.Model;

/// <summary>
/// Rebuilds a document bottom-up (on <see cref="Walk"/>), giving a pass the chance to replace any
/// inline or block. Passes (resource resolution, id fixing) override only the hooks they need;
/// subtrees no hook changed are kept, not copied.
/// </summary>
public abstract class Rewriter : INodeVisitor
{
    public Document Rewrite(Document document) => document with { Blocks = Blocks(document.Blocks) };

    public IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks) => Walk.Rebuild(blocks, b => RewriteBlock(Walk.Children(b, this)));

    public IReadOnlyList<Inline> Inlines(IReadOnlyList<Inline> inlines) => Walk.Rebuild(inlines, i => RewriteInline(Walk.Children(i, this)));

    /// <summary>Replace one block (its children already rewritten) by zero or more blocks.</summary>
    protected virtual IEnumerable<Block> RewriteBlock(Block block) => [block];

    /// <summary>Replace one inline (its children already rewritten) by zero or more inlines.</summary>
    protected virtual IEnumerable<Inline> RewriteInline(Inline inline) => [inline];
}
