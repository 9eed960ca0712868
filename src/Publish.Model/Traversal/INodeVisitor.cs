namespace Publish.Model;

/// <summary>
/// What <see cref="Walk.Children(Block, INodeVisitor)"/> hands a node's parts to, in reading order:
/// its child lists (to look at, or to replace) and its own values (for hashing). A visitor that
/// returns the lists it is given leaves the node as it is, without a copy.
/// </summary>
public interface INodeVisitor
{
    IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks);

    IReadOnlyList<Inline> Inlines(IReadOnlyList<Inline> inlines);

    /// <summary>A value of the node other than its children (levels, flags, enums as numbers).</summary>
    void Value(long value) { }

    /// <summary>A value of the node other than its children (texts, targets, names).</summary>
    void Value(string? value) { }

    /// <summary>A value of the node other than its children (relative widths).</summary>
    void Value(double? value) { }
}
