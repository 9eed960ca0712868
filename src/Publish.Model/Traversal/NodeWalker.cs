namespace Publish.Model;

/// <summary>
/// Visits every block and inline under some blocks in reading order, on <see cref="Walk"/> — for
/// passes that only look. <c>Walk</c> visits parents before their children; <c>WalkChildrenFirst</c>
/// after them, the order in which a <see cref="Rewriter"/> calls its hooks.
/// </summary>
public static class NodeWalker
{
    public static void Walk(IEnumerable<Block> blocks, Action<Node> visit) => Model.Walk.Visit(List(blocks), node => { visit(node); return true; });

    public static void WalkChildrenFirst(IEnumerable<Block> blocks, Action<Node> visit) => Model.Walk.Visit(List(blocks), null, visit);

    private static IReadOnlyList<Block> List(IEnumerable<Block> blocks) => blocks as IReadOnlyList<Block> ?? [.. blocks];
}
