using Publish.Infrastructure;

namespace Publish.Model.Tests;

/// <summary>Content fingerprints: equal content, equal fingerprint — whatever the source spans; any change in content, a different one.</summary>
public class FingerprintTests
{
    private static Block Sample(string word = "word", string id = "h", int level = 2, bool tight = true, string target = "#h", SourceSpan? span = null)
    {
        var at = span ?? new SourceSpan("a.md", 3, 1);
        return new Div(
        [
            new Heading(level, [new Text("Title") { Span = at }]) { Attr = Attr.Empty.WithId(id), Span = at },
            new Paragraph([new Text("A " + word) { Span = at }, new Link([new Text("link")], target), new Note([new Paragraph([new Text("note")])])]) { Span = at },
            new BulletList([new ListItem([new Paragraph([new Emphasis([new Text("item")])])], Checked: true)], tight),
            new Table([new TableColumn(Alignment.Right, 0.5)], [], [new TableRow([new TableCell([new Paragraph([new Text("cell")])], ColSpan: 2)])], [new Text("caption")]),
            new Figure(new Image("images/a.png", "alt"), [new Text("figure")]),
            new CodeBlock("cs", "var x = 1;"),
            new BlockQuote([new Paragraph([new Strong([new Text("s")]), new Strikethrough([new Text("x")]), new Superscript([new Text("2")]),
                new Subscript([new Text("i")]), new SmallCaps([new Text("sc")]), new Code("c"), new LineBreak(), new SoftBreak(),
                new TexMath("x^2", false), new Quoted(QuoteKind.Single, [new Text("q")]), new Span([new Text("sp")]),
                new HtmlInlineElement("abbr", [new Text("HTML")]),
                new Citation([new CitationItem("doe99", [new Text("see")], [new Text(", p. 3")], CitationMode.SuppressAuthor)], [new Text("[see -@doe99, p. 3]")])])]),
            new OrderedList([new ListItem([new Paragraph([new Text("one")])])], Tight: true, Start: 3, ListNumberStyle.LowerRoman),
            new DefinitionList([new DefinitionItem([new Text("term")], [[new Paragraph([new Text("meaning")])]])]),
            new ThematicBreak(),
            new RawBlock("tex", "\\clearpage"),
            new HtmlBlockElement("aside", [new Plain([new Text("plain"), new Image("images/b.png", "inside html")])]),
        ]) { Attr = new Attr("d", ["box"], [new("lang", "en")]) };
    }

    [Fact]
    public void The_sample_holds_every_kind_of_node_so_the_specs_below_cover_them_all()
    {
        var kinds = new HashSet<Type>();
        new Recorder([]).Blocks([Sample()]);
        NodeWalker.Walk([Sample()], node => kinds.Add(node.GetType()));
        var declared = typeof(Block).GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonDerivedTypeAttribute), false)
            .Concat(typeof(Inline).GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonDerivedTypeAttribute), false))
            .Cast<System.Text.Json.Serialization.JsonDerivedTypeAttribute>().Select(a => a.DerivedType);
        Assert.Empty(declared.Except(kinds)); // a new node kind: add it here, to NodeHasher and to NodeWalker
    }

    [Fact]
    public void Equal_content_has_equal_fingerprints_wherever_it_stands_in_the_source()
    {
        Assert.Equal(ModelFingerprint.Of(Sample()), ModelFingerprint.Of(Sample()));
        Assert.Equal(ModelFingerprint.Of(Sample()), ModelFingerprint.Of(Sample(span: new SourceSpan("a.md", 90, 7))));
    }

    [Fact]
    public void A_changed_word_id_level_flag_or_target_changes_the_fingerprint()
    {
        var original = ModelFingerprint.Of(Sample());
        Block[] changed = [Sample(word: "verb"), Sample(id: "h2"), Sample(level: 3), Sample(tight: false), Sample(target: "#other")];
        Assert.All(changed, block => Assert.NotEqual(original, ModelFingerprint.Of(block)));
        Assert.Equal(changed.Length, changed.Select(ModelFingerprint.Of).Distinct().Count());
    }

    [Fact]
    public void Text_split_differently_is_different_content()
    {
        Block Split(string a, string b) => new Paragraph([new Text(a), new Emphasis([new Text(b)])]);
        Assert.NotEqual(ModelFingerprint.Of(Split("ab", "c")), ModelFingerprint.Of(Split("a", "bc")));
    }

    [Fact]
    public void A_chapter_fingerprint_follows_its_blocks_and_their_order()
    {
        Block a = new Paragraph([new Text("a")]), b = new Paragraph([new Text("b")]);
        Assert.Equal(ModelFingerprint.Of([a, b]), ModelFingerprint.Of([new Paragraph([new Text("a")]), new Paragraph([new Text("b")])]));
        Assert.NotEqual(ModelFingerprint.Of([a, b]), ModelFingerprint.Of([b, a]));
    }

    [Fact]
    public void The_walker_visits_nodes_in_the_order_a_rewriter_calls_its_hooks()
    {
        var blocks = ((Div)Sample()).Content;
        var rewritten = new List<Node>();
        new Recorder(rewritten).Blocks(blocks);
        var walked = new List<Node>();
        NodeWalker.WalkChildrenFirst(blocks, walked.Add);

        Assert.Equal(rewritten.Select(n => n.GetType().Name), walked.Select(n => n.GetType().Name));
        var preorder = new List<Node>();
        NodeWalker.Walk(blocks, preorder.Add);
        Assert.Equal(walked.Count, preorder.Count);
        Assert.IsType<Heading>(preorder[0]);
    }

    private sealed class Recorder(List<Node> seen) : Rewriter
    {
        protected override IEnumerable<Block> RewriteBlock(Block block) { seen.Add(block); return [block]; }
        protected override IEnumerable<Inline> RewriteInline(Inline inline) { seen.Add(inline); return [inline]; }
    }
}
