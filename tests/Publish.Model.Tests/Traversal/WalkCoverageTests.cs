using Publish.Infrastructure;

namespace Publish.Model.Tests.Traversal;

/// <summary>
/// The one traversal knows every node type and every value and child it carries: a node type added
/// to the model and forgotten in <see cref="Walk"/> fails here by name, before it can be skipped by
/// a pass or left out of a fingerprint (a stale watch-mode build).
/// </summary>
public class WalkCoverageTests
{
    [Fact]
    public void Every_block_and_inline_type_is_known_to_the_traversal()
    {
        Assert.Contains(typeof(Strikethrough), SampleNodes.ConcreteNodeTypes);
        var unknown = new List<string>();
        foreach (var type in SampleNodes.ConcreteNodeTypes)
        {
            try { Children(SampleNodes.Make(type)); }
            catch (NotSupportedException) { unknown.Add(type.Name); }
        }
        Assert.True(unknown.Count == 0, $"Walk.Children does not handle: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void Every_value_and_child_list_of_every_node_type_reaches_the_fingerprint()
    {
        var missed = new List<string>();
        foreach (var type in SampleNodes.ConcreteNodeTypes)
        {
            var parameters = SampleNodes.Constructor(type).GetParameters();
            var sample = Fingerprint(SampleNodes.Make(type));
            for (var i = 0; i < parameters.Length; i++)
            {
                var current = SampleNodes.Make(type).GetType().GetProperty(parameters[i].Name!)?.GetValue(SampleNodes.Make(type));
                if (!SampleNodes.TryOther(parameters[i].ParameterType, current, out var other)) continue;
                if (Fingerprint(SampleNodes.With(type, i, other)) == sample) missed.Add($"{type.Name}.{parameters[i].Name}");
            }
        }
        Assert.True(missed.Count == 0, $"changing these leaves the fingerprint as it was (add them to Walk.Children): {string.Join(", ", missed)}");
    }

    [Fact]
    public void Every_child_of_every_node_type_is_visited()
    {
        var unvisited = new List<string>();
        foreach (var type in SampleNodes.ConcreteNodeTypes)
        {
            var node = (Node)SampleNodes.Make(type);
            var seen = 0;
            Walk.Visit(Blocks(node), n => { if (n is Text { Value: "child" }) seen++; return true; });
            var expected = CountChildLeaves(node);
            if (seen != expected) unvisited.Add($"{type.Name} ({seen} of {expected})");
        }
        Assert.True(unvisited.Count == 0, $"children not visited: {string.Join(", ", unvisited)}");
    }

    [Fact]
    public void A_rewrite_that_changes_nothing_keeps_every_node_instance()
    {
        foreach (var type in SampleNodes.ConcreteNodeTypes)
        {
            var blocks = Blocks((Node)SampleNodes.Make(type));
            Assert.Same(blocks, Walk.BottomUp(blocks, b => [b], i => [i]));
            Assert.Same(blocks, Walk.TopDown(blocks, b => [b], i => [i]));
        }
    }

    private static void Children(object node)
    {
        var visitor = new Identity();
        if (node is Block b) Walk.Children(b, visitor); else Walk.Children((Inline)node, visitor);
    }

    private static IReadOnlyList<Block> Blocks(Node node) => node is Block b ? [b] : [new Paragraph([(Inline)node])];

    private static ContentHash Fingerprint(object node) => ModelFingerprint.Of(Blocks((Node)node));

    // The sample's "child" texts, counted by reflection over its properties, independently of Walk.
    private static int CountChildLeaves(object? value) => value switch
    {
        Text { Value: "child" } => 1,
        string or null => 0,
        System.Collections.IEnumerable items => items.Cast<object?>().Sum(CountChildLeaves),
        _ when value.GetType().Namespace == typeof(Node).Namespace && !value.GetType().IsEnum && !value.GetType().IsValueType =>
            value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name != nameof(Node.Attr) && p.Name != "EqualityContract")
                .Sum(p => CountChildLeaves(p.GetValue(value))),
        _ => 0,
    };

    private sealed class Identity : INodeVisitor
    {
        public IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks) => blocks;
        public IReadOnlyList<Inline> Inlines(IReadOnlyList<Inline> inlines) => inlines;
    }
}
