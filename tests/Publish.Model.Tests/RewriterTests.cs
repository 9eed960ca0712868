using Publish.Model;

namespace Publish.Model.Tests;

public class RewriterTests
{
    private sealed class Upper : Rewriter
    {
        protected override IEnumerable<Inline> RewriteInline(Inline inline) =>
            inline is Text t ? [t with { Value = t.Value.ToUpperInvariant() }] : [inline];
    }

    [Fact]
    public void Reaches_text_inside_lists_tables_and_notes()
    {
        var doc = new Document(Metadata.Empty,
        [
            new BulletList([new ListItem([new Paragraph([new Text("item"), new Note([new Paragraph([new Text("note")])])])])], Tight: true),
            new Table([new TableColumn(Alignment.Left)], [], [new TableRow([new TableCell([new Paragraph([new Text("cell")])])])], []),
        ]);

        var result = new Upper().Rewrite(doc);

        var item = (Paragraph)((BulletList)result.Blocks[0]).Items[0].Content[0];
        Assert.Equal("ITEM", ((Text)item.Content[0]).Value);
        Assert.Equal("NOTE", ((Text)((Paragraph)((Note)item.Content[1]).Content[0]).Content[0]).Value);
        var cell = ((Table)result.Blocks[1]).Body[0].Cells[0].Content[0];
        Assert.Equal("CELL", ((Text)((Paragraph)cell).Content[0]).Value);
    }
}
