using Publish.Model;

namespace Publish.Readers.Markdown;

/// <summary>
/// The HTML5 rules on where children stand that the content models alone do not cover, applied to
/// elements after their children are read: some elements may not hold their own kind (a link in
/// a link, a header in a header), and some children have a fixed place (a details' summary, a
/// table's caption and row groups, a definition list's first term, a figure's caption).
/// </summary>
internal static class HtmlStructure
{
    /// <summary>Elements that may not stand inside an element of the same group.</summary>
    private static readonly Dictionary<string, string[]> Excluded = new()
    {
        ["a"] = ["a"], ["dfn"] = ["dfn"], ["address"] = ["address"],
        ["header"] = ["header", "footer"], ["footer"] = ["header", "footer"],
    };

    /// <summary>Whether an inline element named <paramref name="name"/> around <paramref name="content"/> would nest what HTML forbids.</summary>
    public static bool NestsForbidden(string name, IReadOnlyList<Inline> content) =>
        Excluded.TryGetValue(name, out var inner) && Finder.Any(content, n => IsNamed(n, inner));

    /// <summary>The same for a block element around <paramref name="content"/>.</summary>
    public static bool NestsForbidden(string name, IReadOnlyList<Block> content) =>
        Excluded.TryGetValue(name, out var inner) && Finder.Any(content, n => IsNamed(n, inner));

    private static bool IsNamed(Node node, string[] names) => node switch
    {
        Link => names.Contains("a"),
        HtmlInlineElement e => names.Contains(e.Name),
        HtmlBlockElement e => names.Contains(e.Name),
        _ => false,
    };

    /// <summary>
    /// Children moved to the place HTML gives them, as a browser renders them anyway: a summary
    /// first in its details; caption, colgroup, thead, rows, tfoot in that order in a table. A
    /// definition list that starts with a definition gets an empty term before it.
    /// </summary>
    public static List<Block> Ordered(string name, List<Block> children) => name switch
    {
        "details" => [.. children.Where(b => Is(b, "summary")).Take(1), .. children.Where(b => !Is(b, "summary"))],
        "table" => children.OrderBy(TableRank).ToList(),
        "dl" when children is [HtmlBlockElement { Name: "dd" } first, ..] => [new HtmlBlockElement("dt", []) { Span = first.Span }, .. children],
        _ => children,
    };

    /// <summary>A figcaption must be the first or last child of its figure: one between other children becomes a div there.</summary>
    public static List<Block> CaptionsInPlace(string name, List<Block> children, Action<Block> misplaced)
    {
        if (name != "figure") return children;
        return children.Select((b, i) =>
        {
            if (b is not HtmlBlockElement { Name: "figcaption" } caption || i == 0 || i == children.Count - 1) return b;
            misplaced(caption);
            return new Div(caption.Content) { Span = caption.Span, Attr = caption.Attr with { KeyValues = [] } };
        }).ToList();
    }

    private static bool Is(Block block, string name) => block is HtmlBlockElement e && e.Name == name;

    private static int TableRank(Block block) => block is HtmlBlockElement e ? e.Name switch
    {
        "caption" => 0,
        "colgroup" => 1,
        "thead" => 2,
        "tfoot" => 4,
        _ => 3,
    } : 3;

    private sealed class Finder(Func<Node, bool> match) : Rewriter
    {
        private bool _found;

        public static bool Any(IReadOnlyList<Inline> inlines, Func<Node, bool> match)
        {
            var finder = new Finder(match);
            finder.Inlines(inlines);
            return finder._found;
        }

        public static bool Any(IReadOnlyList<Block> blocks, Func<Node, bool> match)
        {
            var finder = new Finder(match);
            finder.Blocks(blocks);
            return finder._found;
        }

        protected override IEnumerable<Inline> RewriteInline(Inline inline)
        {
            _found |= match(inline);
            return [inline];
        }

        protected override IEnumerable<Block> RewriteBlock(Block block)
        {
            _found |= match(block);
            return [block];
        }
    }
}
