using Publish.Model;

namespace Publish.Model.Tests;

public class PlainTextTests
{
    [Fact]
    public void Flattens_markup_and_quotes_and_skips_notes()
    {
        Inline[] inlines =
        [
            new Text("A "), new Emphasis([new Text("fine")]), new SoftBreak(),
            new Quoted(QuoteKind.Double, [new Text("day")]), new Note([new Paragraph([new Text("ignored")])]),
        ];
        Assert.Equal("A fine \u201Cday\u201D", PlainText.Of(inlines));
    }

    [Fact]
    public void A_citation_gives_the_text_it_shows_once_not_its_prefixes_and_suffixes_again()
    {
        Inline[] inlines =
        [
            new Text("As "),
            new Citation([new CitationItem("doe99", [new Text("see")], [new Text(", p. 3")])], [new Text("[see @doe99, p. 3]")]),
            new Text(" shows."),
        ];
        Assert.Equal("As [see @doe99, p. 3] shows.", PlainText.Of(inlines));
    }

    [Fact]
    public void Attributes_compare_by_content()
    {
        Assert.Equal(new Attr("x", ["a"], []), new Attr("x", ["a"], []));
        Assert.NotEqual(new Attr("x", ["a"], []), new Attr("x", ["b"], []));
    }
}
