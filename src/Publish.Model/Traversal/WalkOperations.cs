namespace Publish.Model;

// What is built on Walk.Children: visiting, folding and rewriting, top-down and bottom-up.
public static partial class Walk
{
    /// <summary>
    /// Visits every node under <paramref name="blocks"/> in reading order (note contents where the
    /// note stands, a figure's caption before its image). <paramref name="enter"/> sees a node before
    /// its children and says whether to go into them; <paramref name="leave"/> sees it after them.
    /// </summary>
    internal static void Visit(IReadOnlyList<Block> blocks, Func<Node, bool>? enter, Action<Node>? leave = null) =>
        new Visitor(enter, leave).Blocks(blocks);

    /// <inheritdoc cref="Visit(IReadOnlyList{Block}, Func{Node, bool}?, Action{Node}?)"/>
    internal static void Visit(IReadOnlyList<Inline> inlines, Func<Node, bool>? enter, Action<Node>? leave = null) =>
        new Visitor(enter, leave).Inlines(inlines);

    /// <summary>Folds every node under <paramref name="blocks"/>, parents before children, in reading order.</summary>
    internal static T Fold<T>(IReadOnlyList<Block> blocks, T seed, Func<T, Node, T> step)
    {
        var state = seed;
        Visit(blocks, node => { state = step(state, node); return true; });
        return state;
    }

    /// <summary>
    /// Rebuilds blocks children first: each node, its children already rewritten, is replaced by what
    /// <paramref name="block"/> or <paramref name="inline"/> return (zero or more nodes). Untouched
    /// subtrees are kept as they are, not copied.
    /// </summary>
    internal static IReadOnlyList<Block> BottomUp(IReadOnlyList<Block> blocks,
        Func<Block, IEnumerable<Block>>? block = null, Func<Inline, IEnumerable<Inline>>? inline = null) =>
        new Rebuilder(block, inline, childrenFirst: true).Blocks(blocks);

    /// <summary>
    /// Rebuilds blocks parents first: each node is replaced by what the functions return, and the
    /// walk goes on into the children of the replacements.
    /// </summary>
    internal static IReadOnlyList<Block> TopDown(IReadOnlyList<Block> blocks,
        Func<Block, IEnumerable<Block>>? block = null, Func<Inline, IEnumerable<Inline>>? inline = null) =>
        new Rebuilder(block, inline, childrenFirst: false).Blocks(blocks);

    private sealed class Visitor(Func<Node, bool>? enter, Action<Node>? leave) : INodeVisitor
    {
        public IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks)
        {
            foreach (var block in blocks)
            {
                if (enter?.Invoke(block) ?? true) Children(block, this);
                leave?.Invoke(block);
            }
            return blocks;
        }

        public IReadOnlyList<Inline> Inlines(IReadOnlyList<Inline> inlines)
        {
            foreach (var inline in inlines)
            {
                if (enter?.Invoke(inline) ?? true) Children(inline, this);
                leave?.Invoke(inline);
            }
            return inlines;
        }
    }

    private sealed class Rebuilder(Func<Block, IEnumerable<Block>>? block, Func<Inline, IEnumerable<Inline>>? inline, bool childrenFirst)
        : INodeVisitor
    {
        public IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks) => Rebuild(blocks, b =>
            childrenFirst ? Replace(Children(b, this), block) : Replace(b, block).Select(r => Children(r, this)));

        public IReadOnlyList<Inline> Inlines(IReadOnlyList<Inline> inlines) => Rebuild(inlines, i =>
            childrenFirst ? Replace(Children(i, this), inline) : Replace(i, inline).Select(r => Children(r, this)));

        private static IEnumerable<T> Replace<T>(T node, Func<T, IEnumerable<T>>? replace) => replace is null ? [node] : replace(node);
    }

    /// <summary>Replaces each node by zero or more; the original list when every node stayed itself.</summary>
    internal static IReadOnlyList<T> Rebuild<T>(IReadOnlyList<T> nodes, Func<T, IEnumerable<T>> replace) where T : Node
    {
        List<T>? changed = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            var replaced = replace(nodes[i]);
            if (changed is null)
            {
                if (replaced is IReadOnlyList<T> { Count: 1 } one && ReferenceEquals(one[0], nodes[i])) continue;
                var list = replaced as ICollection<T> ?? replaced.ToList();
                if (list.Count == 1 && ReferenceEquals(list.First(), nodes[i])) continue;
                changed = new List<T>(nodes.Count);
                for (var j = 0; j < i; j++) changed.Add(nodes[j]);
                changed.AddRange(list);
            }
            else changed.AddRange(replaced);
        }
        return changed is null ? nodes : changed;
    }
}
