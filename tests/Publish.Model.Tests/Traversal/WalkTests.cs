namespace Publish.Model.Tests.Traversal;

/// <summary>The operations built on the one traversal: visiting, folding, rewriting top-down and bottom-up.</summary>
public class WalkTests
{
    private static readonly IReadOnlyList<Block> s_doc =
    [
        new Heading(1, [new Text("title")]),
        new Paragraph([new Emphasis([new Text("a")]), new Note([new Paragraph([new Text("note")])]), new Text("b")]),
        new Table([new TableColumn(Alignment.Left)], [], [new TableRow([new TableCell([new Plain([new Text("cell")])])])], [new Text("caption")]),
    ];

    private static List<string> Texts(IReadOnlyList<Block> blocks) =>
        Walk.Fold(blocks, new List<string>(), (texts, node) => { if (node is Text t) texts.Add(t.Value); return texts; });

    [Fact]
    public void Fold_sees_every_text_in_reading_order_notes_where_they_stand_and_a_caption_before_its_table()
    {
        Assert.Equal(["title", "a", "note", "b", "caption", "cell"], Texts(s_doc));
    }

    [Fact]
    public void Visit_does_not_go_into_a_node_whose_enter_says_no()
    {
        var seen = new List<string>();
        Walk.Visit(s_doc, node => { if (node is Text t) seen.Add(t.Value); return node is not Note; });
        Assert.DoesNotContain("note", seen);
        Assert.Contains("b", seen);
    }

    [Fact]
    public void Visit_leaves_a_parent_after_its_children()
    {
        var order = new List<string>();
        Walk.Visit([new Paragraph([new Strong([new Text("x")])])], null, node => order.Add(node.GetType().Name));
        Assert.Equal(["Text", "Strong", "Paragraph"], order);
    }

    [Fact]
    public void BottomUp_hands_each_node_over_with_its_children_already_rewritten()
    {
        var rewritten = Walk.BottomUp(s_doc, inline: i => i switch
        {
            Text t => [t with { Value = t.Value.ToUpperInvariant() }],
            // Emphasis sees its child already upper-cased, and unwraps it.
            Emphasis e => e.Content is [Text { Value: "A" }] ? e.Content : [e],
            _ => [i],
        });
        Assert.Equal(["TITLE", "A", "NOTE", "B", "CAPTION", "CELL"], Texts(rewritten));
        Assert.IsType<Text>(((Paragraph)rewritten[1]).Content[0]);
    }

    [Fact]
    public void TopDown_goes_on_into_the_nodes_that_replaced_a_node()
    {
        var rewritten = Walk.TopDown([new Paragraph([new Text("x")])], inline: i => i switch
        {
            Text { Value: "x" } => [new Strong([new Text("y")])],
            Text { Value: "y" } => [new Text("z")],
            _ => [i],
        });
        var strong = Assert.IsType<Strong>(((Paragraph)rewritten[0]).Content[0]);
        Assert.Equal("z", Assert.IsType<Text>(strong.Content[0]).Value);
    }

    [Fact]
    public void A_block_may_become_several_or_none()
    {
        var rewritten = Walk.BottomUp(s_doc, block: b => b switch
        {
            Heading => [],
            Paragraph p => [p, new ThematicBreak()],
            _ => [b],
        });
        Assert.Equal(["Paragraph", "ThematicBreak", "Table"], rewritten.Select(b => b.GetType().Name));
        Assert.IsType<ThematicBreak>(((Note)((Paragraph)rewritten[0]).Content[1]).Content[1]);
    }

    [Fact]
    public void A_figure_whose_image_is_replaced_by_other_inlines_becomes_a_paragraph_of_them()
    {
        var figure = new Figure(new Image("a.png", "alt"), [new Text("caption")]) { Attr = Attr.Empty.WithId("f") };
        var rewritten = Walk.BottomUp([figure], inline: i => i is Image img ? [new Text(img.Alt)] : [i]);
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(rewritten));
        Assert.Equal("alt", Assert.IsType<Text>(Assert.Single(paragraph.Content)).Value);
        Assert.Equal("f", paragraph.Attr.Id);
    }
}
