using Publish.Layout.Paged;

namespace Publish.Layout.Book;

/// <summary>The bookmark tree: one entry per heading, nested by level, each landing on its heading's page.</summary>
internal static class OutlineBuilder
{
    public static IReadOnlyList<OutlineEntry> Build(IEnumerable<HeadingEntry> headings, IReadOnlyDictionary<string, int> destinations)
    {
        var root = new Node(0, null);
        var stack = new Stack<Node>();
        stack.Push(root);
        foreach (var h in headings)
        {
            if (!destinations.TryGetValue(h.Id, out var page)) continue;
            while (stack.Peek().Level >= h.Level) stack.Pop();
            var node = new Node(h.Level, new OutlineEntry(h.Title, h.Id, page, []));
            stack.Peek().Children.Add(node);
            stack.Push(node);
        }
        return root.Children.Select(Freeze).ToList();
    }

    private static OutlineEntry Freeze(Node node) => node.Entry! with { Children = node.Children.Select(Freeze).ToList() };

    private sealed record Node(int Level, OutlineEntry? Entry)
    {
        public List<Node> Children { get; } = [];
    }
}
