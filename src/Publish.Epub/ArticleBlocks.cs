using Publish.Model;

namespace Publish.Epub;

/// <summary>
/// An article as the XHTML renderers see it: a <c>header</c> holding the headline as an
/// <c>h1</c> (class <c>headline</c>), the dek and the byline, then the lede (class <c>lede</c>)
/// and the rest of the body. EPUB and HTML write the same blocks.
/// </summary>
internal static class ArticleBlocks
{
    public static IReadOnlyList<Block> Of(Document document)
    {
        var head = ArticleHead.Of(document);
        var parts = new List<Block>();
        if (head.Headline.Count > 0)
        {
            var id = head.HeadlineId.Length > 0 ? head.HeadlineId : FreeId(head.Body, "headline");
            parts.Add(new Heading(1, head.Headline) { Attr = new Attr(id, ["headline"], []) });
        }
        if (head.Dek is { } dek) parts.Add(Classed(new Paragraph([new Text(dek)]), "dek"));
        if (head.Byline.Count > 0) parts.Add(Classed(new Paragraph([new Text(string.Join(" \u00B7 ", head.Byline))]), "byline"));

        var blocks = new List<Block>(head.Body.Count + 1);
        if (parts.Count > 0) blocks.Add(new HtmlBlockElement("header", parts) { Attr = new Attr("", ["article-head"], []) });
        blocks.AddRange(head.Body.Select(b => ReferenceEquals(b, head.Lede) ? Classed(b, "lede") : b));
        return blocks;
    }

    private static Block Classed(Block block, string name) => block with { Attr = block.Attr with { Classes = [.. block.Attr.Classes, name] } };

    // The headline needs an id for the nav to point at; one no element of the body uses.
    private static string FreeId(IReadOnlyList<Block> body, string wanted)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        NodeWalker.Walk(body, node => { if (node.Attr.Id.Length > 0) taken.Add(node.Attr.Id); });
        var id = wanted;
        for (var n = 1; taken.Contains(id); n++) id = $"{wanted}-{n}";
        return id;
    }
}
