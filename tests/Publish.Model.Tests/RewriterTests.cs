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

    [Fact]
    public void Reaches_text_inside_html_elements_and_plain_blocks()
    {
        var doc = new Document(Metadata.Empty,
        [
            new HtmlBlockElement("details", [new Plain([new HtmlInlineElement("kbd", [new Text("key")])])]),
        ]);

        var result = new Upper().Rewrite(doc);

        var plain = (Plain)((HtmlBlockElement)result.Blocks[0]).Content[0];
        Assert.Equal("KEY", PlainText.Of(plain.Content));
        Assert.Equal("kbd", ((HtmlInlineElement)plain.Content[0]).Name);
    }

    [Fact]
    public void The_html_vocabulary_refuses_scripts_events_styles_and_unsafe_urls()
    {
        Assert.True(HtmlVocabulary.IsElement("abbr"));
        Assert.False(HtmlVocabulary.IsElement("script"));
        Assert.Contains("script", HtmlVocabulary.DroppedWithContent);
        Assert.True(HtmlVocabulary.IsAllowedAttribute("td", "colspan"));
        Assert.False(HtmlVocabulary.IsAllowedAttribute("span", "colspan"));
        Assert.False(HtmlVocabulary.IsAllowedAttribute("span", "onclick"));
        Assert.False(HtmlVocabulary.IsAllowedAttribute("span", "style"));
        Assert.True(HtmlVocabulary.IsSafeUrl("chapter-2.html#top"));
        Assert.False(HtmlVocabulary.IsSafeUrl(" JavaScript:alert(1)"));
        Assert.False(HtmlVocabulary.IsSafeUrl("data:text/html,x"));
        Assert.Equal(["td", "th"], HtmlVocabulary.AllowedChildren("tr"));
    }
}
