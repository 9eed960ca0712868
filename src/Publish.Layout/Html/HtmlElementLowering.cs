using System.Globalization;
using Publish.Model;

namespace Publish.Layout.Html;

using Inline = Publish.Model.Inline;

/// <summary>
/// Elements kept from raw HTML are set in print by the model node whose layout is their default
/// style, as a browser's user-agent style sheet would set them: <c>ul</c>/<c>ol</c> as lists,
/// <c>dl</c> as a definition list, <c>table</c> as a table, <c>pre</c> as code, <c>summary</c> bold, <c>i</c>/<c>cite</c>
/// as emphasis, <c>b</c> as strong, <c>kbd</c> as code, <c>s</c> as strikethrough, <c>q</c> in
/// quotation marks; every other element is a plain container (a div, or a span for inlines) and
/// inlines standing without a paragraph become one. Ids stay, so links and anchors still meet.
/// </summary>
internal sealed class HtmlElementLowering : Rewriter
{
    /// <summary>The document with every HTML element and plain block replaced by the nodes layout knows.</summary>
    public static Document Apply(Document document) => new HtmlElementLowering().Rewrite(document);

    protected override IEnumerable<Block> RewriteBlock(Block block) => block switch
    {
        // An image standing alone in an HTML element is shown as an image block (inline images are set as their alt text).
        Plain { Content: [Image image] } plain => [new Figure(image, []) { Span = plain.Span, Attr = plain.Attr }],
        Plain plain => [new Paragraph(plain.Content) { Span = plain.Span, Attr = plain.Attr }],
        HtmlBlockElement element => [Lower(element)],
        _ => [block],
    };

    protected override IEnumerable<Inline> RewriteInline(Inline inline) =>
        inline is HtmlInlineElement element ? Lower(element) : [inline];

    private static Block Lower(HtmlBlockElement e)
    {
        Block lowered = e.Name switch
        {
            // Parts of a list, table or definition list: their parent sets them.
            "li" or "dt" or "dd" or "tr" or "td" or "th" or "thead" or "tbody" or "tfoot" or "caption" or "colgroup" or "col" => e,
            "ul" => new BulletList(Items(e), Tight: true),
            "ol" => new OrderedList(Items(e), Tight: true, Start: int.TryParse(e.Attr["start"], CultureInfo.InvariantCulture, out var start) ? start : 1),
            "dl" => new DefinitionList(HtmlTableLowering.Definitions(e)),
            "table" => HtmlTableLowering.Table(e),
            "pre" => new CodeBlock(null, string.Concat(e.Content.OfType<Paragraph>().Select(p => PlainText.Of(p.Content)))),
            "blockquote" => new BlockQuote(e.Content),
            "summary" => new Div(HtmlTableLowering.Strong(e.Content)),
            _ => new Div(e.Content),
        };
        return ReferenceEquals(lowered, e) ? e : lowered with { Span = e.Span, Attr = e.Attr with { KeyValues = [] } };
    }

    private static List<ListItem> Items(HtmlBlockElement list) =>
        list.Content.Select(b => new ListItem(b is HtmlBlockElement { Name: "li" } li ? li.Content : [b])).ToList();

    private static IEnumerable<Inline> Lower(HtmlInlineElement e)
    {
        Inline? lowered = e.Name switch
        {
            "i" or "cite" or "var" or "dfn" or "em" => new Emphasis(e.Content),
            "b" or "strong" => new Strong(e.Content),
            "code" or "kbd" or "samp" => new Code(PlainText.Of(e.Content)),
            "s" or "del" or "strike" => new Strikethrough(e.Content),
            "sup" => new Superscript(e.Content),
            "sub" => new Subscript(e.Content),
            "q" => new Quoted(QuoteKind.Double, e.Content),
            "wbr" => null,
            _ => new Span(e.Content),
        };
        return lowered is null ? [] : [lowered with { Span = e.Span, Attr = e.Attr with { KeyValues = [] } }];
    }
}
