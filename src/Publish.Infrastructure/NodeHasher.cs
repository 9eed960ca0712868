using Publish.Model;

namespace Publish.Infrastructure;

/// <summary>
/// Writes every node of a subtree into a <see cref="ContentHashBuilder"/>: its kind, its attributes,
/// then its values and children in the order <see cref="Walk.Children(Block, INodeVisitor)"/> gives
/// them — so a node type or field added there is hashed without a change here.
/// </summary>
internal sealed class NodeHasher(ContentHashBuilder b) : INodeVisitor
{
    public void Hash(Block block)
    {
        Node(block);
        Walk.Children(block, this);
    }

    public IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks)
    {
        b.Add(blocks.Count);
        foreach (var block in blocks) Hash(block);
        return blocks;
    }

    public IReadOnlyList<Inline> Inlines(IReadOnlyList<Inline> inlines)
    {
        b.Add(inlines.Count);
        foreach (var inline in inlines)
        {
            Node(inline);
            Walk.Children(inline, this);
        }
        return inlines;
    }

    public void Value(long value) => b.Add(value);

    public void Value(string? value) => b.Add(value);

    public void Value(double? value) => b.Add(value);

    // The kind by its type's name: unique among the sealed node records, and never stale.
    private void Node(Node node)
    {
        b.Add(node.GetType().Name);
        var attr = node.Attr;
        if (attr.IsEmpty) { b.Add(0); return; }
        b.Add(1).Add(attr.Id).Add(attr.Classes.Count);
        foreach (var c in attr.Classes) b.Add(c);
        b.Add(attr.KeyValues.Count);
        foreach (var (key, value) in attr.KeyValues) b.Add(key).Add(value);
    }
}
