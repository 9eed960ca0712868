using Publish.Model;

namespace Publish.Cli.Tests;

public class InternalLinkCheckerTests
{
    private static readonly SourceSpan At = new("book.md", 7, 3);

    private static IReadOnlyList<Diagnostic> Check(params Block[] blocks)
    {
        var diagnostics = new DiagnosticBag();
        InternalLinkChecker.Check(new Document(Metadata.Empty, blocks), diagnostics);
        return diagnostics.Items;
    }

    private static Heading Heading(string id) => new(1, [new Text(id)]) { Attr = Attr.Empty.WithId(id) };

    private static Paragraph LinkTo(string target) => new([new Link([new Text("see")], target) { Span = At }]);

    [Fact]
    public void A_link_to_an_existing_heading_is_fine() =>
        Assert.Empty(Check(Heading("intro"), LinkTo("#intro")));

    [Fact]
    public void A_link_to_a_missing_id_is_a_warning_that_names_the_link_at_its_place()
    {
        var d = Assert.Single(Check(Heading("intro"), LinkTo("#outro")));
        Assert.Equal(("PUB0701", Severity.Warning, At), (d.Code, d.Severity, d.Span));
        Assert.Contains("#outro", d.Message);
    }

    [Fact]
    public void A_dead_link_keeps_its_text_and_loses_the_link_while_live_links_stay()
    {
        var document = new Document(Metadata.Empty, [Heading("intro"), LinkTo("#outro"), LinkTo("#intro")]);

        var checkedDocument = InternalLinkChecker.Check(document, new DiagnosticBag());

        var dead = Assert.IsType<Span>(Assert.Single(((Paragraph)checkedDocument.Blocks[1]).Content));
        Assert.Equal("see", PlainText.Of(dead.Content));
        Assert.Equal(At, dead.Span);
        Assert.IsType<Link>(Assert.Single(((Paragraph)checkedDocument.Blocks[2]).Content));
    }

    [Fact]
    public void Links_inside_notes_and_lists_are_checked_and_ids_anywhere_count()
    {
        var note = new Paragraph([new Note([LinkTo("#gone")])]);
        var list = new BulletList([new ListItem([LinkTo("#fig")])], Tight: true);
        var figure = new Paragraph([new Span([new Text("x")]) { Attr = Attr.Empty.WithId("fig") }]);
        Assert.Equal(["PUB0701"], Check(note, list, figure).Select(d => d.Code));
    }

    [Fact]
    public void External_links_are_not_checked() =>
        Assert.Empty(Check(LinkTo("https://example.com/#nothing"), LinkTo("chapter2.xhtml")));

    [Fact]
    public void An_id_used_twice_is_a_warning() =>
        Assert.Equal(["PUB0702"], Check(Heading("a"), Heading("a")).Select(d => d.Code));
}
